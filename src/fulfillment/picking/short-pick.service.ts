import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Not, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { OutboxService } from '../../common/jobs';
import { actorLabel, UserActor } from '../../identity';
import { MovementType, StockLedgerService, StockQueryService } from '../../inventory';
import { AllocationService } from '../allocation/allocation.service';
import { AllocationOutcome } from '../allocation/allocation-writes';
import { AllocationStatus, OrderAllocation, openQuantity } from '../entities/order-allocation.entity';
import { OrderRequirement } from '../entities/order-requirement.entity';
import { PickException, PickExceptionStatus } from '../entities/pick-exception.entity';
import { PickListLine, PickLineStatus } from '../entities/pick-list-line.entity';
import { exceptionConfirmed, pickExceptionNotFound } from '../fulfillment.errors';
import { enqueueAllocation } from '../jobs/allocate-order.job';
import { lockOrder } from '../orders/order-records';

export interface PickExceptionQuery extends PageQueryDto {
  status?: PickExceptionStatus;
  warehouseId?: string;
}

export interface Confirmation {
  exception: PickException;
  /** What re-allocating the affected orders did. */
  reallocation: AllocationOutcome[];
}

/** Stock adjustments of confirmed short picks carry this reason. */
export const SHORT_PICK_REASON = 'short_pick';

/**
 * A lead's confirmation of a short pick: the bin is set to what the lead counted (an adjustment
 * through the ledger), reservations the bin can no longer back are given back, and the orders
 * that lose them are allocated again from other bins, or backordered.
 */
@Injectable()
export class ShortPickService {
  constructor(
    @InjectRepository(PickException) private readonly exceptions: Repository<PickException>,
    private readonly ledger: StockLedgerService,
    private readonly stockQuery: StockQueryService,
    private readonly allocation: AllocationService,
    private readonly outbox: OutboxService,
    private readonly transactions: Transactions,
  ) {}

  list(query: PickExceptionQuery): Promise<Page<PickException>> {
    const qb = this.exceptions.createQueryBuilder('e');
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.warehouseId) qb.andWhere('e.warehouseId = :warehouseId', { warehouseId: query.warehouseId });
    return paginate(qb, parseSort(undefined, { createdAt: 'createdAt' }, 'e', 'createdAt'), query);
  }

  async get(id: string): Promise<PickException> {
    const exception = await this.exceptions.findOneBy({ id });
    if (!exception) throw pickExceptionNotFound(id);
    return exception;
  }

  /** `counted`: units the lead finds in the bin now (0 when the picker's report holds). */
  async confirm(id: string, counted: number, actor: UserActor): Promise<Confirmation> {
    const { orderId } = await this.get(id);
    const affected = await this.transactions.run(async (manager) => {
      await lockOrder(manager, orderId);
      const exception = await manager.findOne(PickException, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!exception || exception.status !== PickExceptionStatus.Open) throw exceptionConfirmed(id);
      const line = await manager.findOneByOrFail(PickListLine, { id: exception.pickListLineId });
      const own = await manager.findOneByOrFail(OrderAllocation, { id: line.allocationId });
      // Releasing first also locks the bin's balance row until commit: the reads below stay true.
      const releasedOwn = await this.giveBack(manager, own);
      const [balance] = (await this.stockQuery.balances({ productId: exception.productId, locationId: exception.locationId, lotId: exception.lotId ?? undefined, nonZero: false })).items;
      const onHand = balance?.onHand ?? 0;
      let reserved = (balance?.reserved ?? 0) - releasedOwn;
      const orders = new Set([exception.orderId]);
      for (const other of await this.othersInBin(manager, exception, own.id)) {
        if (reserved <= counted) break;
        reserved -= await this.giveBack(manager, other);
        orders.add(other.orderId);
        await manager.update(PickListLine, { allocationId: other.id, status: PickLineStatus.Open }, { status: PickLineStatus.Short, shortQuantity: () => 'quantity - picked_quantity' });
      }
      // Stock still promised to others (not ours to release) stays in the bin.
      const target = Math.max(counted, reserved);
      const delta = target - onHand;
      if (delta !== 0) {
        await this.ledger.post({ actor, idempotencyKey: `pick-exception:${id}` }, [
          {
            type: MovementType.Adjustment, productId: exception.productId, lotId: exception.lotId, quantity: Math.abs(delta), reasonCode: SHORT_PICK_REASON,
            fromLocationId: delta < 0 ? exception.locationId : null, toLocationId: delta > 0 ? exception.locationId : null,
            reference: { type: 'pick_exception', id },
          },
        ], manager);
      }
      for (const affectedOrder of orders) await enqueueAllocation(this.outbox, manager, affectedOrder, `short-${id}`);
      await manager.save(
        Object.assign(exception, {
          status: PickExceptionStatus.Confirmed, confirmedBy: actorLabel(actor), confirmedAt: new Date(),
          resolution: { counted, onHandBefore: onHand, adjustedBy: delta, releasedOrders: [...orders] },
        }),
      );
      return [...orders];
    });
    // Straight away for the lead's screen; the jobs enqueued above are the durable fallback and find nothing left to do.
    const reallocation = await this.allocation.allocate(affected);
    return { exception: await this.get(id), reallocation };
  }

  /** Releases what an allocation still holds and takes it off its requirement; returns the units. */
  private async giveBack(manager: EntityManager, allocation: OrderAllocation): Promise<number> {
    const units = openQuantity(allocation);
    if (units === 0) return 0;
    await this.ledger.release(allocation.reservationId, manager);
    await manager.update(OrderAllocation, allocation.id, { releasedQuantity: allocation.releasedQuantity + units, status: AllocationStatus.Closed });
    await manager.decrement(OrderRequirement, { id: allocation.requirementId }, 'allocatedQuantity', units);
    return units;
  }

  /** Other orders' allocations still holding stock in the bin, newest first (they give way first). */
  private othersInBin(manager: EntityManager, e: PickException, ownId: string): Promise<OrderAllocation[]> {
    return manager.find(OrderAllocation, {
      where: { productId: e.productId, locationId: e.locationId, lotId: e.lotId ?? IsNull(), status: AllocationStatus.Active, id: Not(ownId) },
      order: { createdAt: 'DESC' },
    });
  }
}
