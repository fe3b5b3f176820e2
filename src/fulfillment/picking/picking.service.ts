import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Product, ProductService } from '../../catalog';
import { Transactions } from '../../common/database/transactions.service';
import { NotFoundError, UnprocessableError } from '../../common/errors';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { actorLabel, AnyActor } from '../../identity';
import { LocationService, StockLedgerService } from '../../inventory';
import { PickException } from '../entities/pick-exception.entity';
import { lineOpenQuantity, PickListLine, PickLineStatus } from '../entities/pick-list-line.entity';
import { PickList, PickListOrder, PickListStatus } from '../entities/pick-list.entity';
import { notShort, pickLineNotFound, pickLineNotOpen, pickListClosed, pickListNotFound } from '../fulfillment.errors';
import { lockOrder } from '../orders/order-records';
import { matchPickLine } from './pick-matching';
import { completeOrderIfPicked, recordPick, updateListStatus } from './pick-records';

export interface PickInput {
  /** Scanned bin barcode. */
  location: string;
  /** Scanned GTIN or SKU. */
  item: string;
  quantity: number;
  tote?: number;
}

export interface PickListQuery extends PageQueryDto {
  waveId?: string;
  warehouseId?: string;
  status?: PickListStatus;
}

export interface PickListView {
  list: PickList;
  totes: PickListOrder[];
  lines: PickListLine[];
}

const unreadable = (field: string, raw: string) =>
  new UnprocessableError('SCAN_UNKNOWN', `${field} "${raw}" matches nothing we know.`, [{ field, message: `no ${field === 'location' ? 'bin' : 'product'} has this barcode` }]);

/** Picking by scanning: bin, item, quantity (and tote on carts). */
@Injectable()
export class PickingService {
  constructor(
    @InjectRepository(PickList) private readonly lists: Repository<PickList>,
    private readonly locations: LocationService,
    private readonly products: ProductService,
    private readonly ledger: StockLedgerService,
    private readonly transactions: Transactions,
  ) {}

  list(query: PickListQuery): Promise<Page<PickList>> {
    const qb = this.lists.createQueryBuilder('p');
    if (query.waveId) qb.andWhere('p.waveId = :waveId', { waveId: query.waveId });
    if (query.warehouseId) qb.andWhere('p.warehouseId = :warehouseId', { warehouseId: query.warehouseId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    return paginate(qb, parseSort(undefined, { createdAt: 'createdAt' }, 'p', 'createdAt'), query);
  }

  async view(id: string): Promise<PickListView> {
    const list = await this.lists.findOneBy({ id });
    if (!list) throw pickListNotFound(id);
    const [totes, lines] = await Promise.all([
      this.lists.manager.find(PickListOrder, { where: { pickListId: id }, order: { toteSlot: 'ASC' } }),
      this.lists.manager.find(PickListLine, { where: { pickListId: id }, order: { seq: 'ASC' } }),
    ]);
    return { list, totes, lines };
  }

  /** Checks the scan against the open lines (bin, product, tote, quantity) and moves the units to packing. */
  async pick(pickListId: string, input: PickInput, actor: AnyActor): Promise<PickListLine> {
    const [location, product] = await Promise.all([this.scanned('location', input.location), this.scanned('item', input.item)]);
    const { lines } = await this.view(pickListId);
    const scan = { locationId: location.id, locationCode: location.code, productId: product.id, sku: product.code, quantity: input.quantity, tote: input.tote };
    const chosen = matchPickLine(lines, scan);
    return this.onLine(pickListId, chosen.id, actor, async (manager, list, line) => {
      matchPickLine([line], scan);
      await recordPick(manager, this.ledger, actor, list, line, input.quantity);
      return line;
    });
  }

  /**
   * The bin holds fewer units than the line asks for: the picker takes the `found` units (the bin is
   * then empty) and the rest of the line becomes a pick exception for a lead to confirm.
   */
  async reportShort(pickListId: string, lineId: string, found: number, actor: AnyActor): Promise<PickException> {
    return this.onLine(pickListId, lineId, actor, async (manager, list, line) => {
      const open = lineOpenQuantity(line);
      if (found >= open) throw notShort(open, found);
      if (found > 0) await recordPick(manager, this.ledger, actor, list, line, found);
      line.shortQuantity = open - found;
      line.status = PickLineStatus.Short;
      await manager.update(PickListLine, line.id, { shortQuantity: line.shortQuantity, status: line.status });
      return manager.save(
        manager.create(PickException, {
          pickListId, pickListLineId: line.id, orderId: line.orderId, warehouseId: list.warehouseId, productId: line.productId, locationId: line.locationId,
          lotId: line.lotId, foundQuantity: found, missingQuantity: line.shortQuantity, reportedBy: actorLabel(actor),
        }),
      );
    });
  }

  /**
   * Runs `work` on one line with the order, then the list, locked (the order first, as everywhere),
   * then updates the list's and the order's status.
   */
  private async onLine<T>(
    pickListId: string,
    lineId: string,
    actor: AnyActor,
    work: (manager: EntityManager, list: PickList, line: PickListLine) => Promise<T>,
  ): Promise<T> {
    const target = await this.lists.manager.findOneBy(PickListLine, { id: lineId, pickListId });
    if (!target) throw pickLineNotFound(lineId);
    return this.transactions.run(async (manager) => {
      const order = await lockOrder(manager, target.orderId);
      const list = await manager.findOne(PickList, { where: { id: pickListId }, lock: { mode: 'pessimistic_write' } });
      if (!list) throw pickListNotFound(pickListId);
      if (list.status === PickListStatus.Completed) throw pickListClosed(pickListId);
      const line = await manager.findOneByOrFail(PickListLine, { id: lineId });
      if (line.status !== PickLineStatus.Open) throw pickLineNotOpen(lineId, line.status);
      const result = await work(manager, list, line);
      await updateListStatus(manager, list);
      await completeOrderIfPicked(manager, order, actor);
      return result;
    });
  }

  private async scanned(field: 'location' | 'item', raw: string): Promise<{ id: string; code: string }> {
    try {
      if (field === 'location') return await this.locations.getByBarcode(raw);
      const product: Product = await this.products.lookup(raw);
      return { id: product.id, code: product.sku };
    } catch (error) {
      if (error instanceof NotFoundError) throw unreadable(field, raw);
      throw error;
    }
  }
}
