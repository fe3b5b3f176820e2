import { EntityManager, In } from 'typeorm';
import { JsonObject } from '../../common/database/json';
import { actorLabel, AnyActor } from '../../identity';
import { OutboundOrderEvent } from '../entities/outbound-order-event.entity';
import { OutboundOrder } from '../entities/outbound-order.entity';
import { orderNotFound } from '../fulfillment.errors';
import { OutboundOrderAction, outboundOrderLifecycle } from './outbound-order.lifecycle';

/** Every writer that changes an order locks its row first; several orders are locked in id order. */
export async function lockOrder(manager: EntityManager, id: string): Promise<OutboundOrder> {
  const order = await manager.findOne(OutboundOrder, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!order) throw orderNotFound(id);
  return order;
}

export async function lockOrders(manager: EntityManager, ids: string[]): Promise<OutboundOrder[]> {
  if (!ids.length) return [];
  return manager.find(OutboundOrder, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
}

export interface StepInput {
  actor: AnyActor;
  reason?: string | null;
  details?: JsonObject;
}

/**
 * Moves the order along its lifecycle (409 ORDER_ILLEGAL_TRANSITION otherwise), saves the new
 * status and writes the history event, all in the caller's transaction.
 */
export async function takeStep(manager: EntityManager, order: OutboundOrder, action: OutboundOrderAction, input: StepInput): Promise<void> {
  const from = order.status;
  order.status = outboundOrderLifecycle.next(from, action);
  await manager.update(OutboundOrder, order.id, { status: order.status, warehouseId: order.warehouseId });
  await recordEvent(manager, order, action, from, input);
}

/** Writes one history event; `from` is null for the order's creation. */
export async function recordEvent(manager: EntityManager, order: OutboundOrder, action: string, from: string | null, input: StepInput): Promise<void> {
  await manager.insert(OutboundOrderEvent, eventRow(order, action, from, input));
}

export function eventRow(order: Pick<OutboundOrder, 'id' | 'status'>, action: string, from: string | null, input: StepInput): Partial<OutboundOrderEvent> {
  return {
    orderId: order.id,
    action,
    fromStatus: from,
    toStatus: order.status,
    actorType: input.actor.kind,
    actorId: input.actor.id,
    actorLabel: actorLabel(input.actor),
    reason: input.reason?.trim() || null,
    details: input.details ?? {},
  };
}
