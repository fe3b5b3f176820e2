import { EntityManager } from 'typeorm';
import { EventPublisher, NewEvent } from '../../common/events';
import { StockQueryService } from '../../inventory';
import { OrderWork } from './allocation-writes';

/**
 * Publishes `stock.low` for each product and warehouse whose available units this allocation took
 * from at or above `threshold` to below it: once per crossing, not on every order after it.
 * Availability is read inside the allocating transaction (a second connection per allocation could
 * exhaust the pool under load), so it already counts this allocation's reservations.
 */
export async function publishLowStock(manager: EntityManager, work: OrderWork[], stock: StockQueryService, events: EventPublisher, threshold: number): Promise<void> {
  if (threshold <= 0) return;
  const taken = new Map<string, { productId: string; sku: string; warehouseId: string; units: number }>();
  for (const m of work.flatMap((w) => w.made)) {
    const key = `${m.source.productId}|${m.source.warehouseId}`;
    const entry = taken.get(key) ?? { productId: m.source.productId, sku: m.source.sku, warehouseId: m.source.warehouseId, units: 0 };
    entry.units += m.quantity;
    taken.set(key, entry);
  }
  const published: NewEvent[] = [];
  for (const t of taken.values()) {
    const [after] = await stock.availability(t.productId, t.warehouseId, manager);
    const availableAfter = after?.available ?? 0;
    const availableBefore = availableAfter + t.units;
    if (availableBefore >= threshold && availableAfter < threshold) {
      published.push({ type: 'stock.low', data: { productId: t.productId, sku: t.sku, warehouseId: t.warehouseId, available: availableAfter, threshold } });
    }
  }
  await events.publishMany(manager, published);
}
