import { EntityManager } from 'typeorm';
import { OutboxService } from '../../common/jobs';

export const ALLOCATE_ORDER_JOB = 'fulfillment.allocate-order';

export interface AllocateOrderPayload {
  orderId: string;
}

/**
 * Enqueues allocation of an order in the caller's transaction. `reason` tells one trigger from
 * another (intake, a short pick), so each gets its own job while a retried transaction gets none extra.
 */
export function enqueueAllocation(outbox: OutboxService, manager: EntityManager, orderId: string, reason: string): Promise<void> {
  return outbox.enqueue(manager, { job: ALLOCATE_ORDER_JOB, key: `${orderId}:${reason}`, payload: { orderId } });
}
