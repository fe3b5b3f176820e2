import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { EventPublisher } from '../../common/events';
import { Transactions } from '../../common/database/transactions.service';
import { DomainError } from '../../common/errors';
import { Environment } from '../../config/environment';
import { AnyActor, SystemActor } from '../../identity';
import { StockLedgerService, StockQueryService, WarehouseService } from '../../inventory';
import { OrderRequirement } from '../entities/order-requirement.entity';
import { lockOrders } from '../orders/order-records';
import { ALLOCATABLE_STATUSES } from '../orders/outbound-order.lifecycle';
import { Need, OrderPlan, planOrder, StockPicture } from './allocation-planner';
import { AllocationOutcome, OrderWork, persistAllocations } from './allocation-writes';
import { publishLowStock } from './low-stock';
import { inLedgerOrder } from './ledger-order';
import { loadStock } from './stock-picture.loader';

export const ALLOCATOR: SystemActor = { kind: 'system', id: 'allocation' };

/** Inventory reservations made by allocation name the requirement they serve. */
export const RESERVATION_DEMAND_TYPE = 'order_requirement';

/** Plans per chunk: the first from the picture, then re-planned from fresh candidates after a lost race. */
const MAX_PLAN_ATTEMPTS = 3;

/** Another order took stock between planning and reserving; plan again from fresh candidates. */
class StalePlan extends Error {}

const isStockInsufficient = (error: unknown) => error instanceof DomainError && error.code === 'STOCK_INSUFFICIENT';

export interface AllocateOptions {
  actor?: AnyActor;
  /** Orders per transaction (the job passes one; bulk runs pass more). */
  chunkSize?: number;
  /** Transactions in flight at once. They cannot oversell or deadlock (see the class comment); they may wait on each other's rows. */
  concurrency?: number;
}

/**
 * Reserves stock for orders through the inventory ledger. Plans come from the ledger's pick
 * candidates (pick faces first, FEFO) held in a `StockPicture`; the reservations of one transaction
 * are made in the ledger's lock order, so concurrent allocations neither deadlock nor oversell (the
 * ledger re-checks availability under the row lock). A lost race means re-planning, and after the
 * last attempt the unreserved rest is backordered: the job never fails for lack of stock.
 */
@Injectable()
export class AllocationService {
  constructor(
    private readonly ledger: StockLedgerService,
    private readonly stockQuery: StockQueryService,
    private readonly warehouses: WarehouseService,
    private readonly transactions: Transactions,
    private readonly env: Environment,
    private readonly events: EventPublisher,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async allocate(orderIds: string[], options: AllocateOptions = {}): Promise<AllocationOutcome[]> {
    const ids = [...new Set(orderIds)].sort();
    if (!ids.length) return [];
    const warehouses = (await this.warehouses.list({ active: true, limit: 200, sort: 'code' })).items.map((w) => w.id);
    const stock = new StockPicture();
    const size = options.chunkSize ?? 1;
    const chunks = Array.from({ length: Math.ceil(ids.length / size) }, (_, i) => ids.slice(i * size, (i + 1) * size));
    const results: AllocationOutcome[][] = [];
    let next = 0;
    // Plans are taken from the shared picture synchronously, so chunks in flight never plan the same units twice.
    const worker = async () => {
      for (let i = next++; i < chunks.length; i = next++) results[i] = await this.allocateChunk(chunks[i], stock, warehouses, options.actor ?? ALLOCATOR);
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 1, chunks.length) }, worker));
    return results.flat();
  }

  private async allocateChunk(ids: string[], stock: StockPicture, warehouses: string[], actor: AnyActor): Promise<AllocationOutcome[]> {
    const pairs = async () => (await this.openProducts(ids)).flatMap((productId) => warehouses.map((warehouseId) => ({ warehouseId, productId })));
    await loadStock(this.stockQuery, stock, await pairs());
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transactions.run((manager) => this.allocateIn(manager, ids, stock, warehouses, attempt === MAX_PLAN_ATTEMPTS, actor));
      } catch (error) {
        if (!(error instanceof StalePlan)) throw error;
        await loadStock(this.stockQuery, stock, await pairs(), true);
      }
    }
  }

  /** Products the orders still need, read outside the transaction to load candidates for. */
  private async openProducts(orderIds: string[]): Promise<string[]> {
    const rows: { product_id: string }[] = await this.dataSource.query(
      'SELECT DISTINCT product_id FROM order_requirement WHERE order_id = ANY($1::uuid[]) AND allocated_quantity < quantity',
      [orderIds],
    );
    return rows.map((r) => r.product_id);
  }

  private async allocateIn(manager: EntityManager, ids: string[], stock: StockPicture, warehouses: string[], final: boolean, actor: AnyActor) {
    const orders = (await lockOrders(manager, ids)).filter((o) => ALLOCATABLE_STATUSES.includes(o.status));
    const requirements = orders.length ? await manager.find(OrderRequirement, { where: { orderId: In(orders.map((o) => o.id)) } }) : [];
    const committed: OrderPlan[] = [];
    try {
      const work = orders.map((order): OrderWork => {
        const mine = requirements.filter((r) => r.orderId === order.id);
        const needs: Need[] = mine.filter((r) => r.quantity > r.allocatedQuantity).map((r) => ({ requirementId: r.id, productId: r.productId, quantity: r.quantity - r.allocatedQuantity }));
        let plan = planOrder(needs, stock, { warehouses, fixedWarehouseId: order.warehouseId, allowSplit: this.env.FULFILLMENT_ALLOW_SPLIT });
        if (plan.short.size && this.backorderAll) plan = { reservations: [], short: new Map(needs.map((n) => [n.requirementId, n.quantity])), warehouseId: null };
        stock.commit(plan);
        committed.push(plan);
        return { order, requirements: mine, plan, made: [] };
      });
      await this.reserve(manager, work, final);
      const outcomes = await persistAllocations(manager, work, actor, this.events);
      await publishLowStock(manager, work, this.stockQuery, this.events, this.env.STOCK_LOW_UNITS);
      return outcomes;
    } catch (error) {
      committed.forEach((p) => stock.uncommit(p));
      throw error;
    }
  }

  private get backorderAll(): boolean {
    return this.env.FULFILLMENT_PARTIAL_POLICY === 'backorder_all';
  }

  /**
   * Reserves every planned quantity in the ledger's lock order. A refusal (another order won the
   * race) re-plans, or on the last attempt leaves that quantity short; under `backorder_all` an
   * order that came out short gives back what it got.
   */
  private async reserve(manager: EntityManager, work: OrderWork[], final: boolean): Promise<void> {
    const planned = inLedgerOrder(
      work.flatMap((w) => w.plan.reservations.map((r) => ({ w, r }))),
      (x) => x.r.source,
    );
    const refused = new Set<OrderWork>();
    for (const { w, r } of planned) {
      if (refused.has(w) && this.backorderAll) continue;
      const { productId, locationId, lotId } = r.source;
      try {
        const reservation = await this.ledger.reserve(
          { productId, locationId, lotId, quantity: r.quantity, demandType: RESERVATION_DEMAND_TYPE, demandId: r.requirementId },
          manager,
        );
        w.made.push({ ...r, reservationId: reservation.id });
      } catch (error) {
        if (!isStockInsufficient(error)) throw error;
        if (!final) throw new StalePlan();
        refused.add(w);
      }
    }
    if (!this.backorderAll) return;
    for (const w of refused) {
      for (const m of inLedgerOrder(w.made, (made) => made.source)) await this.ledger.release(m.reservationId, manager);
      w.made = [];
    }
  }
}
