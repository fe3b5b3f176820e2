import { EntityManager } from 'typeorm';
import { actorLabel, AnyActor } from '../../identity';
import { JsonObject } from '../../common/database/json';
import { PurchaseOrderEvent } from '../entities/purchase-order-event.entity';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { purchaseOrderNotFound } from '../procurement.errors';
import { PurchaseOrderAction, purchaseOrderLifecycle } from './purchase-order.lifecycle';

/**
 * Locks the order's row for the rest of the transaction. Every transition, edit, confirmation and
 * receipt takes this lock first, so each sees the state the previous one left.
 */
export async function lockOrder(manager: EntityManager, id: string): Promise<PurchaseOrder> {
  const po = await manager.findOne(PurchaseOrder, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!po) throw purchaseOrderNotFound(id);
  return po;
}

export function loadLines(manager: EntityManager, purchaseOrderId: string): Promise<PurchaseOrderLine[]> {
  return manager.find(PurchaseOrderLine, { where: { purchaseOrderId }, order: { lineNo: 'ASC' } });
}

/** The date exchange rates are looked up for: the day the order was created (UTC). */
export function orderDate(po: PurchaseOrder): string {
  return po.createdAt.toISOString().slice(0, 10);
}

export interface StepInput {
  actor: AnyActor;
  reason?: string | null;
  details?: JsonObject;
}

/**
 * Moves the order along the lifecycle (409 if the action is not allowed in its state) and writes
 * the history event. The caller saves the order in the same transaction.
 */
export async function takeStep(manager: EntityManager, po: PurchaseOrder, action: PurchaseOrderAction, input: StepInput): Promise<void> {
  const from = po.status;
  po.status = purchaseOrderLifecycle.next(from, action);
  await recordEvent(manager, po, action, from, input);
}

export async function recordEvent(manager: EntityManager, po: PurchaseOrder, action: string, from: string | null, input: StepInput): Promise<void> {
  const { actor } = input;
  await manager.insert(PurchaseOrderEvent, {
    purchaseOrderId: po.id,
    action,
    fromStatus: from,
    toStatus: po.status,
    revision: po.revision,
    actorType: actor.kind,
    actorId: actor.id,
    actorLabel: actorLabel(actor),
    reason: input.reason?.trim() || null,
    details: input.details ?? {},
  });
}
