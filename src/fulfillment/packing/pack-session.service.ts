import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { NotFoundError } from '../../common/errors';
import { Actor, actorLabel } from '../../identity';
import { OutboundOrder } from '../entities/outbound-order.entity';
import { Parcel } from '../entities/parcel.entity';
import { lockOrder } from '../orders/order-records';
import { OutboundOrderService } from '../orders/outbound-order.service';
import { OutboundOrderStatus } from '../orders/outbound-order.lifecycle';
import { BoxTypeService } from './box-type.service';
import { ItemScanResolver } from './item-scan';
import { ParcelItems } from './parcel-items';
import { remainingOf } from './pack-plan';
import { PackSessionDto } from './pack-session.dto';
import { PackSessionViews } from './pack-session.view';
import { loadPackState, openParcelOf, PackState } from './pack-state';
import { noBoxFits, nothingLeftToPack, orderNotPicked, orderScanAmbiguous, orderScanUnknown, parcelAlreadyOpen } from './packing.errors';
import { ParcelStatus } from './parcel.lifecycle';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Packing at a bench. The session is the order itself (its id is the order id): it has no state
 * beyond the order's parcels, so a second packer or a rescan after a crash lands in the same place.
 * Every write locks the order row first, as every other writer of orders does.
 */
@Injectable()
export class PackSessionService {
  constructor(
    private readonly orders: OutboundOrderService,
    private readonly boxTypes: BoxTypeService,
    private readonly views: PackSessionViews,
    private readonly items: ParcelItems,
    private readonly scans: ItemScanResolver,
    private readonly transactions: Transactions,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async start(actor: Actor, scanned: string): Promise<PackSessionDto> {
    const order = await this.scannedOrder(actor, scanned.trim());
    if (order.status !== OutboundOrderStatus.Picked && order.status !== OutboundOrderStatus.Packed) throw orderNotPicked(order.id, order.status);
    return this.view(order.id);
  }

  async view(orderId: string): Promise<PackSessionDto> {
    const order = await this.orders.get(orderId);
    return this.views.present(await loadPackState(this.dataSource.manager, order));
  }

  /** Opens the order's next parcel in the chosen box, or in the suggested one. */
  openParcel(actor: Actor, orderId: string, boxTypeCode?: string): Promise<PackSessionDto> {
    return this.transactions.run(async (manager) => {
      const state = await this.lockForPacking(manager, orderId);
      const open = openParcelOf(state);
      if (open) throw parcelAlreadyOpen(orderId, open.id, open.sequence);
      if (state.requirements.every((r) => remainingOf(r) <= 0)) throw nothingLeftToPack(orderId);
      const box = boxTypeCode ? await this.boxTypes.usable(boxTypeCode) : await this.views.suggestion(state.requirements, await this.views.productsOf(state.requirements));
      if (!box) throw noBoxFits();
      const parcel = manager.create(Parcel, {
        orderId, warehouseId: state.order.warehouseId!, sequence: state.parcels.length + 1, status: ParcelStatus.Open,
        boxTypeId: box.id, boxTypeCode: box.code, lengthMm: box.innerLengthMm, widthMm: box.innerWidthMm, heightMm: box.innerHeightMm,
        tareWeightG: box.tareWeightG, maxGrossWeightG: box.maxGrossWeightG, computedWeightG: box.tareWeightG, grossWeightG: null,
        weightOverridden: false, shippingLocationId: null, openedBy: actorLabel(actor), closedBy: null, closedAt: null,
      });
      state.parcels.push(await manager.save(parcel));
      return this.views.present(state);
    });
  }

  /** One bench scan: the item goes into the open parcel, or is refused naming what was expected. */
  async addItem(actor: Actor, orderId: string, parcelId: string, scannedItem: string, quantity?: number): Promise<PackSessionDto> {
    const scan = await this.scans.resolve('item', scannedItem);
    return this.transactions.run(async (manager) => {
      const state = await this.lockForPacking(manager, orderId);
      await this.items.add(manager, state, parcelId, scan.product, quantity ?? scan.count ?? 1);
      return this.views.present(await loadPackState(manager, state.order));
    });
  }

  /** Locks the order, checks it waits for packing and reads its packing state. */
  async lockForPacking(manager: EntityManager, orderId: string): Promise<PackState> {
    const order = await lockOrder(manager, orderId);
    if (order.status !== OutboundOrderStatus.Picked) throw orderNotPicked(order.id, order.status);
    return loadPackState(manager, order);
  }

  /** The order id from the order slip, else the shop's order number. */
  private async scannedOrder(actor: Actor, scanned: string): Promise<OutboundOrder> {
    if (UUID.test(scanned)) {
      return this.orders.get(scanned.toLowerCase()).catch((error: unknown) => {
        throw error instanceof NotFoundError ? orderScanUnknown(scanned) : error;
      });
    }
    const page = await this.orders.list({ externalId: scanned, limit: 2 }, actor);
    if (page.total > 1) throw orderScanAmbiguous(scanned, page.total);
    if (!page.items.length) throw orderScanUnknown(scanned);
    return page.items[0];
  }
}
