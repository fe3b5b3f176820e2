import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors';
import { Product, ProductService } from '../../catalog';
import { CycleCount } from '../entities/cycle-count.entity';
import { BalanceKey } from './balance-locks';

/**
 * Locks the count row for the rest of the transaction. Every change to a count or its lines takes
 * this lock first, so a scan, a submit and an approval of one count never interleave.
 */
export async function lockCount(em: EntityManager, id: string): Promise<CycleCount> {
  const count = await em.getRepository(CycleCount).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!count) throw new NotFoundError('cycle_count', id);
  return count;
}

/** Keys of the balance rows with stock in `locationIds`, limited to `productIds` unless that is empty. */
export async function stockKeysIn(em: EntityManager, locationIds: string[], productIds: string[]): Promise<BalanceKey[]> {
  const rows: { product_id: string; location_id: string; lot_id: string | null }[] = await em.query(
    `SELECT product_id, location_id, lot_id FROM stock_balance
      WHERE location_id = ANY($1::uuid[]) AND (cardinality($2::uuid[]) = 0 OR product_id = ANY($2::uuid[])) AND on_hand > 0`,
    [locationIds, productIds],
  );
  return rows.map((r) => ({ productId: r.product_id, locationId: r.location_id, lotId: r.lot_id }));
}

/** The products with these ids, through the catalog's public service; ids it does not know are absent. */
export async function productsById(products: ProductService, ids: string[]): Promise<Map<string, Product>> {
  const found = await Promise.all(
    [...new Set(ids)].map((id) =>
      products.get(id).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      }),
    ),
  );
  return new Map(found.filter((p): p is Product => p !== null).map((p) => [p.id, p]));
}
