import { StockQueryService } from '../../inventory';
import { StockPicture, StockSource } from './allocation-planner';

/** Candidate queries in flight at once: enough to overlap round trips, few enough to leave the pool to others. */
const PARALLEL_QUERIES = 4;

/**
 * Fills the picture with the inventory's pick candidates (pick faces first, FEFO) for every
 * (warehouse, product) pair it lacks, or refreshes the given pairs. Runs outside any transaction:
 * the ledger checks availability again under its row lock when reserving.
 */
export async function loadStock(
  stockQuery: StockQueryService,
  stock: StockPicture,
  pairs: Iterable<{ warehouseId: string; productId: string }>,
  refresh = false,
): Promise<void> {
  const wanted = new Map<string, { warehouseId: string; productId: string }>();
  for (const p of pairs) if (refresh || !stock.has(p.warehouseId, p.productId)) wanted.set(StockPicture.key(p.warehouseId, p.productId), p);
  const queue = [...wanted.values()];
  const worker = async () => {
    for (let pair = queue.shift(); pair; pair = queue.shift()) {
      const candidates = await stockQuery.pickCandidates(pair.productId, pair.warehouseId);
      // Another allocation in flight may have loaded the pair meanwhile and planned against it already.
      if (!refresh && stock.has(pair.warehouseId, pair.productId)) continue;
      stock.set(
        pair.warehouseId,
        pair.productId,
        candidates.map(
          (c): StockSource => ({
            warehouseId: c.warehouseId, productId: c.productId, sku: c.sku, locationId: c.locationId, locationCode: c.locationCode, lotId: c.lotId, free: c.available,
          }),
        ),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_QUERIES, queue.length) }, worker));
}
