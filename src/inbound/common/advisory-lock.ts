import { EntityManager } from 'typeorm';

/**
 * Holds a transaction-scoped lock on a purchase-order line until the transaction ends. Shipment
 * creation and receipt booking both take it, so neither reads a line's open quantity that the
 * other is about to change. Take several in sorted order to avoid deadlocks.
 */
export async function lockPurchaseOrderLine(manager: EntityManager, lineId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`po-line:${lineId}`]);
}
