import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EventPublisher, NewEvent } from '../../common/events';
import { AnyActor } from '../../identity';
import { AllocationStatus, OrderAllocation } from '../entities/order-allocation.entity';
import { OrderRequirement } from '../entities/order-requirement.entity';
import { OutboundOrderEvent } from '../entities/outbound-order-event.entity';
import { OutboundOrder } from '../entities/outbound-order.entity';
import { eventRow } from '../orders/order-records';
import { OutboundOrderAction, outboundOrderLifecycle, OutboundOrderStatus } from '../orders/outbound-order.lifecycle';
import { appendToOrderPickList } from '../waves/pick-list-writer';
import { OrderPlan, PlannedReservation } from './allocation-planner';

export interface MadeReservation extends PlannedReservation {
  reservationId: string;
}

/** One order's allocation inside a transaction: its plan, what the ledger granted. */
export interface OrderWork {
  order: OutboundOrder;
  requirements: OrderRequirement[];
  plan: OrderPlan;
  made: MadeReservation[];
}

export interface AllocationOutcome {
  orderId: string;
  status: OutboundOrderStatus;
  /** Units reserved by this run. */
  reserved: number;
  /** Units the order still lacks. */
  short: number;
}

/** Rows per multi-row INSERT, well under PostgreSQL's bind-parameter limit. */
const INSERT_CHUNK = 500;

async function insertChunked<T extends object>(manager: EntityManager, target: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await manager.insert(target, rows.slice(i, i + INSERT_CHUNK) as never[]);
}

/** The step an order takes after allocation, or null when its status stays (an event is still written if stock was reserved). */
function nextAction(status: OutboundOrderStatus, short: number): OutboundOrderAction | null {
  if (short === 0) return status === OutboundOrderStatus.Received || status === OutboundOrderStatus.Backordered ? 'allocate' : null;
  return status === OutboundOrderStatus.Backordered ? null : 'backorder';
}

/**
 * Writes what the ledger granted: allocation rows, requirement counters, order statuses and their
 * history, and the order.allocated / order.backordered events, in a few multi-row statements (allocation runs over thousands of orders at once).
 */
export async function persistAllocations(manager: EntityManager, work: OrderWork[], actor: AnyActor, publisher: EventPublisher): Promise<AllocationOutcome[]> {
  const allocations: OrderAllocation[] = [];
  const counters = new Map<string, number>();
  const statusChanges: { id: string; status: OutboundOrderStatus; warehouseId: string | null }[] = [];
  const history: Partial<OutboundOrderEvent>[] = [];
  const outcomes: AllocationOutcome[] = [];
  const published: NewEvent[] = [];
  const picking: { orderId: string; allocations: OrderAllocation[] }[] = [];

  for (const w of work) {
    const mine = w.made.map((m) => {
      const a = manager.create(OrderAllocation, {
        id: randomUUID(), orderId: w.order.id, requirementId: m.requirementId, reservationId: m.reservationId, warehouseId: m.source.warehouseId,
        productId: m.source.productId, sku: m.source.sku, locationId: m.source.locationId, locationCode: m.source.locationCode, lotId: m.source.lotId,
        quantity: m.quantity, pickedQuantity: 0, releasedQuantity: 0, status: AllocationStatus.Active, waveId: null,
      });
      const requirement = w.requirements.find((r) => r.id === m.requirementId)!;
      requirement.allocatedQuantity += m.quantity;
      counters.set(requirement.id, requirement.allocatedQuantity);
      return a;
    });
    allocations.push(...mine);
    const reserved = w.made.reduce((sum, m) => sum + m.quantity, 0);
    const short = w.requirements.reduce((sum, r) => sum + r.quantity - r.allocatedQuantity, 0);
    const from = w.order.status;
    const action = nextAction(from, short);
    const warehouseId = w.order.warehouseId ?? w.made[0]?.source.warehouseId ?? null;
    if (action || warehouseId !== w.order.warehouseId) {
      w.order.status = action ? outboundOrderLifecycle.next(from, action) : from;
      w.order.warehouseId = warehouseId;
      statusChanges.push({ id: w.order.id, status: w.order.status, warehouseId });
    }
    if (action || reserved > 0) {
      const shortSkus = w.requirements.filter((r) => r.quantity > r.allocatedQuantity).map((r) => ({ sku: r.sku, missing: r.quantity - r.allocatedQuantity }));
      history.push(eventRow(w.order, action ?? 'reallocate', from, { actor, details: { reserved, short, ...(shortSkus.length ? { missing: shortSkus } : {}) } }));
    }
    if (action === 'allocate' || action === 'backorder') {
      published.push({
        type: action === 'allocate' ? 'order.allocated' : 'order.backordered', partnerIds: [w.order.partnerId],
        data: { orderId: w.order.id, externalId: w.order.externalId, status: w.order.status, warehouseId, reservedUnits: reserved, shortUnits: short },
      });
    }
    if (from === OutboundOrderStatus.Picking && mine.length) picking.push({ orderId: w.order.id, allocations: mine });
    outcomes.push({ orderId: w.order.id, status: w.order.status, reserved, short });
  }

  await insertChunked(manager, OrderAllocation, allocations);
  if (counters.size) {
    await manager.query(
      `UPDATE order_requirement r SET allocated_quantity = v.allocated FROM unnest($1::uuid[], $2::int[]) AS v(id, allocated) WHERE r.id = v.id`,
      [[...counters.keys()], [...counters.values()]],
    );
  }
  if (statusChanges.length) {
    await manager.query(
      `UPDATE outbound_order o SET status = v.status, warehouse_id = v.warehouse_id, updated_at = now()
         FROM unnest($1::uuid[], $2::varchar[], $3::uuid[]) AS v(id, status, warehouse_id) WHERE o.id = v.id`,
      [statusChanges.map((c) => c.id), statusChanges.map((c) => c.status), statusChanges.map((c) => c.warehouseId)],
    );
  }
  await insertChunked(manager, OutboundOrderEvent, history);
  await publisher.publishMany(manager, published);
  // Stock found again for an order on the floor goes straight onto its pick list.
  for (const p of picking) await appendToOrderPickList(manager, p.orderId, p.allocations);
  return outcomes;
}
