import { EntityManager } from 'typeorm';

/** Identifies one balance row: product in location, with or without lot. */
export interface BalanceKey {
  productId: string;
  locationId: string;
  lotId: string | null;
}

export interface LockedBalance extends BalanceKey {
  id: string;
  warehouseId: string;
  onHand: number;
  reserved: number;
}

export const keyOf = (k: BalanceKey): string => `${k.productId}|${k.locationId}|${k.lotId ?? ''}`;

/**
 * The one lock order of the whole system: product, location, lot ("no lot" first). Every writer
 * takes its row locks in this order, so two transactions never wait for each other in a cycle.
 */
export function sortKeys<K extends BalanceKey>(keys: K[]): K[] {
  const unique = new Map(keys.map((k) => [keyOf(k), k]));
  return [...unique.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

/**
 * Creates missing balance rows (zero stock) for keys that will receive stock; existing rows are
 * left alone. An unknown location inserts nothing (the caller reports it).
 */
export async function ensureBalances(manager: EntityManager, keys: BalanceKey[]): Promise<void> {
  for (const k of sortKeys(keys)) {
    // Conflict target per partial unique index: NULL lots never conflict in a plain unique index.
    const conflict = k.lotId === null ? '(product_id, location_id) WHERE lot_id IS NULL' : '(product_id, location_id, lot_id) WHERE lot_id IS NOT NULL';
    await manager.query(
      `INSERT INTO stock_balance (product_id, location_id, warehouse_id, lot_id)
       SELECT $1, l.id, l.warehouse_id, $3 FROM location l WHERE l.id = $2
       ON CONFLICT ${conflict} DO NOTHING`,
      [k.productId, k.locationId, k.lotId],
    );
  }
}

/**
 * `SELECT … FOR UPDATE` on the rows of `keys`, in the sorted key order (PostgreSQL takes row locks
 * as the sorted rows are emitted). Rows that do not exist are absent from the result.
 */
export async function lockBalances(manager: EntityManager, keys: BalanceKey[]): Promise<Map<string, LockedBalance>> {
  const sorted = sortKeys(keys);
  if (sorted.length === 0) return new Map();
  const params: (string | null)[] = [];
  const conditions = sorted.map((k) => {
    params.push(k.productId, k.locationId);
    const base = `(product_id = $${params.length - 1} AND location_id = $${params.length}`;
    if (k.lotId === null) return `${base} AND lot_id IS NULL)`;
    params.push(k.lotId);
    return `${base} AND lot_id = $${params.length})`;
  });
  const rows: { id: string; product_id: string; location_id: string; lot_id: string | null; warehouse_id: string; on_hand: number; reserved: number }[] =
    await manager.query(
      `SELECT id, product_id, location_id, lot_id, warehouse_id, on_hand, reserved FROM stock_balance
        WHERE ${conditions.join(' OR ')}
        ORDER BY product_id, location_id, lot_id NULLS FIRST
        FOR UPDATE`,
      params,
    );
  return new Map(
    rows.map((r) => {
      const balance: LockedBalance = {
        id: String(r.id), productId: r.product_id, locationId: r.location_id, lotId: r.lot_id,
        warehouseId: r.warehouse_id, onHand: r.on_hand, reserved: r.reserved,
      };
      return [keyOf(balance), balance];
    }),
  );
}

/** Writes the new quantities of locked rows in one statement. */
export async function saveBalances(manager: EntityManager, rows: LockedBalance[]): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `UPDATE stock_balance b SET on_hand = v.on_hand, reserved = v.reserved, updated_at = now()
       FROM unnest($1::bigint[], $2::int[], $3::int[]) AS v(id, on_hand, reserved)
      WHERE b.id = v.id`,
    [rows.map((r) => r.id), rows.map((r) => r.onHand), rows.map((r) => r.reserved)],
  );
}
