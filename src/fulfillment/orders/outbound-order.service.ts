import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { Actor } from '../../identity';
import { StockLedgerService } from '../../inventory';
import { inLedgerOrder } from '../allocation/ledger-order';
import { AllocationStatus, OrderAllocation, openQuantity } from '../entities/order-allocation.entity';
import { OrderRequirement } from '../entities/order-requirement.entity';
import { OutboundOrderEvent } from '../entities/outbound-order-event.entity';
import { OutboundOrderLine } from '../entities/outbound-order-line.entity';
import { OutboundOrder } from '../entities/outbound-order.entity';
import { orderNotFound, orderPickingStarted } from '../fulfillment.errors';
import { lockOrder, takeStep } from './order-records';
import { outboundOrderLifecycle, OutboundOrderStatus } from './outbound-order.lifecycle';

export interface OrderQuery extends PageQueryDto {
  status?: OutboundOrderStatus;
  warehouseId?: string;
  externalId?: string;
  sort?: string;
}

export interface OrderView {
  order: OutboundOrder;
  lines: OutboundOrderLine[];
  requirements: OrderRequirement[];
  allocations: OrderAllocation[];
  history: OutboundOrderEvent[];
}

/** A partner key sees its own shop's orders only; anything else is "not found", never "forbidden". */
const partnerOf = (actor: Actor): string | null => (actor.kind === 'api_key' ? actor.partnerId : null);

/** Reading and cancelling orders. */
@Injectable()
export class OutboundOrderService {
  constructor(
    @InjectRepository(OutboundOrder) private readonly orders: Repository<OutboundOrder>,
    private readonly ledger: StockLedgerService,
    private readonly transactions: Transactions,
  ) {}

  async get(id: string, actor?: Actor): Promise<OutboundOrder> {
    const partnerId = actor ? partnerOf(actor) : null;
    const order = await this.orders.findOneBy(partnerId ? { id, partnerId } : { id });
    if (!order) throw orderNotFound(id);
    return order;
  }

  /** Several orders in one query, for readers of many parcels; unknown ids are left out. */
  getMany(ids: string[]): Promise<OutboundOrder[]> {
    return ids.length ? this.orders.findBy({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }

  async view(id: string, actor?: Actor): Promise<OrderView> {
    const order = await this.get(id, actor);
    const m = this.orders.manager;
    const [lines, requirements, allocations, history] = await Promise.all([
      m.find(OutboundOrderLine, { where: { orderId: id }, order: { lineNo: 'ASC' } }),
      m.find(OrderRequirement, { where: { orderId: id }, order: { sku: 'ASC' } }),
      m.find(OrderAllocation, { where: { orderId: id }, order: { createdAt: 'ASC', locationCode: 'ASC' } }),
      m.find(OutboundOrderEvent, { where: { orderId: id }, order: { occurredAt: 'ASC' } }),
    ]);
    return { order, lines, requirements, allocations, history };
  }

  list(query: OrderQuery, actor: Actor): Promise<Page<OutboundOrder>> {
    const qb = this.orders.createQueryBuilder('o');
    const partnerId = partnerOf(actor);
    if (partnerId) qb.andWhere('o.partnerId = :partnerId', { partnerId });
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.warehouseId) qb.andWhere('o.warehouseId = :warehouseId', { warehouseId: query.warehouseId });
    if (query.externalId) qb.andWhere('o.externalId = :externalId', { externalId: query.externalId });
    return paginate(qb, parseSort(query.sort, { placedAt: 'placedAt', createdAt: 'createdAt' }, 'o', '-placedAt'), query);
  }

  /**
   * Cancels an order before picking and gives its reserved stock back. From `picking` on it is a
   * 409 naming the state; an order with picked goods (a backorder after a short pick) is refused too.
   */
  cancel(id: string, actor: Actor, reason?: string): Promise<OutboundOrder> {
    return this.transactions.run(async (manager) => {
      const order = await lockOrder(manager, id);
      const partnerId = partnerOf(actor);
      if (partnerId && order.partnerId !== partnerId) throw orderNotFound(id);
      outboundOrderLifecycle.next(order.status, 'cancel');
      const requirements = await manager.find(OrderRequirement, { where: { orderId: id } });
      if (requirements.some((r) => r.pickedQuantity > 0)) throw orderPickingStarted(id, order.status);
      const released = await this.releaseAll(manager, id, requirements);
      await takeStep(manager, order, 'cancel', { actor, reason, details: { releasedUnits: released } });
      return order;
    });
  }

  /** Gives back every unpicked reserved unit of an order, in the ledger's lock order; returns how many. */
  private async releaseAll(manager: EntityManager, orderId: string, requirements: OrderRequirement[]): Promise<number> {
    const active = await manager.find(OrderAllocation, { where: { orderId, status: AllocationStatus.Active } });
    let released = 0;
    for (const a of inLedgerOrder(active, (x) => x)) {
      await this.ledger.release(a.reservationId, manager);
      const units = openQuantity(a);
      released += units;
      const requirement = requirements.find((r) => r.id === a.requirementId)!;
      requirement.allocatedQuantity -= units;
      await manager.update(OrderAllocation, a.id, { releasedQuantity: a.releasedQuantity + units, status: AllocationStatus.Closed });
    }
    for (const r of requirements) await manager.update(OrderRequirement, r.id, { allocatedQuantity: r.allocatedQuantity });
    return released;
  }

  /** Backordered orders, oldest first, for a retry of their allocation. */
  async backorderedIds(limit: number): Promise<string[]> {
    const rows = await this.orders.find({
      select: { id: true },
      where: { status: OutboundOrderStatus.Backordered },
      order: { placedAt: 'ASC', id: 'ASC' },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  /** Actions a caller can take next, for the order view. */
  allowedActions(order: OutboundOrder): string[] {
    return outboundOrderLifecycle.allowedActions(order.status);
  }
}
