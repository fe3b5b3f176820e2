import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Product } from '../../catalog';
import { Transactions } from '../../common/database/transactions.service';
import { NotFoundError } from '../../common/errors';
import { Actor } from '../../identity';
import { LocationService, LocationType, LotService, MovementType, StockLedgerService } from '../../inventory';
import { receivedQuantity, ReturnLine } from '../entities/return-line.entity';
import { ReturnOrder } from '../entities/return-order.entity';
import { OutboundOrder } from '../entities/outbound-order.entity';
import { lockOrder, takeStep } from '../orders/order-records';
import { outboundOrderLifecycle } from '../orders/outbound-order.lifecycle';
import { ItemScanResolver } from '../packing/item-scan';
import { ParcelQueryService } from '../packing/parcel-query.service';
import { Bin, WarehouseBins } from '../packing/warehouse-bins';
import { ReturnAuthorizationService } from './return-authorization.service';
import { ReturnReceiptDto, toReturnDto } from './return.dto';
import { ReturnDisposition, returnLifecycle } from './return.lifecycle';
import { everythingBack, receivedUnits } from './returnable';
import {
  locationUnknown, noQuarantineLocation, restockLocationRequired, restockLocationUnsuitable, returnLotNotTracked, returnLotRequired, returnLotUnknown,
  returnNotFound, returnTooMany, wrongReturnItem,
} from './returns.errors';

export interface ReturnScan {
  item: string;
  quantity?: number;
  disposition: ReturnDisposition;
  location?: string;
  lot?: string;
}

const RESTOCKABLE: readonly LocationType[] = [LocationType.Storage, LocationType.PickFace];

const COUNTER: Record<ReturnDisposition, 'restockedQuantity' | 'quarantinedQuantity' | 'scrappedQuantity'> = {
  [ReturnDisposition.Restock]: 'restockedQuantity',
  [ReturnDisposition.Quarantine]: 'quarantinedQuantity',
  [ReturnDisposition.Scrap]: 'scrappedQuantity',
};

/**
 * Receiving returned goods at the dock, one scan per product and disposition: restock and
 * quarantine bring the units back into stock with a `return` movement, scrap only records them.
 * When the last expected unit is in, the return is `received`; when everything the order shipped
 * has come back, the order is `returned`.
 */
@Injectable()
export class ReturnReceivingService {
  constructor(
    private readonly scans: ItemScanResolver,
    private readonly locations: LocationService,
    private readonly lots: LotService,
    private readonly bins: WarehouseBins,
    private readonly ledger: StockLedgerService,
    private readonly authorizations: ReturnAuthorizationService,
    private readonly parcels: ParcelQueryService,
    private readonly transactions: Transactions,
  ) {}

  async receive(actor: Actor, returnId: string, scan: ReturnScan, idempotencyKey: string): Promise<ReturnReceiptDto> {
    const target = await this.authorizations.get(returnId);
    const scanned = await this.scans.resolve('item', scan.item);
    const quantity = scan.quantity ?? scanned.count ?? 1;
    const lotId = await this.lotOf(scanned.product, scan.disposition, scan.lot ?? scanned.lot);
    const bin = await this.destination(target.warehouseId, scan);

    return this.transactions.run(async (manager) => {
      // The order first, then the return: the same lock order as authorizing.
      const order = await lockOrder(manager, target.orderId);
      const rma = await manager.findOne(ReturnOrder, { where: { id: returnId }, lock: { mode: 'pessimistic_write' } });
      if (!rma) throw returnNotFound(returnId);
      returnLifecycle.next(rma.status, 'receive_items');
      const lines = await manager.find(ReturnLine, { where: { returnOrderId: rma.id }, order: { lineNo: 'ASC' } });
      this.countOnLines(lines, scanned.product, quantity, scan.disposition);
      for (const l of lines) await manager.update(ReturnLine, l.id, { restockedQuantity: l.restockedQuantity, quarantinedQuantity: l.quarantinedQuantity, scrappedQuantity: l.scrappedQuantity });

      const movements = bin
        ? await this.ledger.post(
            { actor, idempotencyKey: `return:${rma.id}:${actor.kind}:${actor.id}:${idempotencyKey}` },
            [{ type: MovementType.Return, productId: scanned.product.id, toLocationId: bin.id, lotId, quantity, reference: { type: 'return', id: rma.id }, reasonCode: scan.disposition }],
            manager,
          )
        : [];

      if (lines.every((l) => receivedQuantity(l) === l.quantity)) {
        rma.status = returnLifecycle.next(rma.status, 'complete_receipt');
        rma.receivedAt = new Date();
        await manager.update(ReturnOrder, rma.id, { status: rma.status, receivedAt: rma.receivedAt });
      }
      await this.returnOrderIfEverythingBack(manager, actor, order, rma.id);
      return {
        return: toReturnDto(rma, lines), sku: scanned.product.sku, quantity, disposition: scan.disposition, locationCode: bin?.code ?? null,
        movementIds: movements.map((m) => m.id),
      };
    });
  }

  /** Adds the units to the product's lines with room left, first line first; a 422 names what this return still expects. */
  private countOnLines(lines: ReturnLine[], product: Product, quantity: number, disposition: ReturnDisposition): void {
    const open = (l: ReturnLine) => l.quantity - receivedQuantity(l);
    const expected = lines.filter((l) => open(l) > 0).map((l) => ({ sku: l.sku, open: open(l) }));
    const ofProduct = lines.filter((l) => l.productId === product.id);
    if (!ofProduct.length) throw wrongReturnItem(product.sku, 'is not on this return', expected);
    const room = ofProduct.reduce((sum, l) => sum + open(l), 0);
    if (room === 0) throw wrongReturnItem(product.sku, 'has been received in full', expected);
    if (quantity > room) throw returnTooMany(product.sku, room, quantity);
    let left = quantity;
    for (const line of ofProduct) {
      const take = Math.min(open(line), left);
      line[COUNTER[disposition]] += take;
      left -= take;
    }
  }

  /** Where the units go: the scanned storage bin, a quarantine bin, or nowhere for scrap. */
  private async destination(warehouseId: string, scan: ReturnScan): Promise<Bin | null> {
    if (scan.disposition === ReturnDisposition.Scrap) return null;
    if (scan.disposition === ReturnDisposition.Quarantine && !scan.location) {
      const bin = await this.bins.first(warehouseId, LocationType.Quarantine);
      if (!bin) throw noQuarantineLocation(warehouseId);
      return bin;
    }
    if (!scan.location) throw restockLocationRequired();
    const location = await this.locations.getByBarcode(scan.location).catch((error: unknown) => {
      throw error instanceof NotFoundError ? locationUnknown(scan.location!) : error;
    });
    const allowed = scan.disposition === ReturnDisposition.Restock ? RESTOCKABLE : [LocationType.Quarantine];
    if (location.warehouseId !== warehouseId) throw restockLocationUnsuitable(location.code, 'it is in another warehouse than the return');
    if (!allowed.includes(location.type)) throw restockLocationUnsuitable(location.code, `it is a ${location.type} location; ${scan.disposition} needs ${allowed.join(' or ')}`);
    if (!location.active) throw restockLocationUnsuitable(location.code, 'it is inactive');
    return { id: location.id, code: location.code };
  }

  /** Lot-tracked products come back into stock under the lot they left with; scrap needs no lot. */
  private async lotOf(product: Product, disposition: ReturnDisposition, code: string | undefined): Promise<string | null> {
    if (!product.lotTracked) {
      if (code) throw returnLotNotTracked(product.sku);
      return null;
    }
    if (disposition === ReturnDisposition.Scrap) return null;
    if (!code) throw returnLotRequired(product.sku);
    const lot = await this.lots.find(product.id, code);
    if (!lot) throw returnLotUnknown(product.sku, code);
    return lot.id;
  }

  private async returnOrderIfEverythingBack(manager: EntityManager, actor: Actor, order: OutboundOrder, returnId: string): Promise<void> {
    if (!outboundOrderLifecycle.can(order.status, 'return')) return;
    const shipped = await this.parcels.packedUnits(order.id, manager);
    const returns = await this.authorizations.returnsOf(manager, order.id);
    const received = receivedUnits(returns.flatMap((r) => r.lines));
    if (everythingBack(new Map([...shipped].map(([id, s]) => [id, s.quantity])), received)) {
      await takeStep(manager, order, 'return', { actor, details: { returnId } });
    }
  }
}
