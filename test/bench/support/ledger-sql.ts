import { Pool, PoolClient } from 'pg';

/**
 * The SQL a scan issues, statement for statement, as captured from the running app (pg client
 * hook) for one `move` and one `receive` scan. Keep in step with stock-ledger.service.ts,
 * balance-locks.ts, the idempotency interceptor and the access guard.
 */

/** The shape of TypeORM's `findOneBy` / `find` SELECT, whose column list is part of its cost. */
const typeormSelect = (entity: string, table: string, columns: string[], where: string, tail: string) =>
  `SELECT ${columns.map((c) => `"${entity}"."${c}" AS "${entity}_${c}"`).join(', ')} FROM "${table}" "${entity}" WHERE (("${entity}"."${where}" = $1))${tail}`;

const SELECT_USER = typeormSelect('User', 'app_user', ['id', 'email', 'name', 'password_hash', 'roles', 'active', 'last_login_at', 'created_at', 'updated_at'], 'id', ' LIMIT 1');
const SELECT_LOCATION = typeormSelect(
  'Location', 'location',
  ['id', 'warehouse_id', 'code', 'zone', 'aisle', 'rack', 'level', 'type', 'capacity', 'barcode', 'pick_sequence', 'active', 'created_at', 'updated_at'],
  'barcode', ' LIMIT 1',
);
const SELECT_PRODUCT = typeormSelect(
  'Product', 'product',
  ['id', 'sku', 'name_en', 'name_zh', 'gtin', 'hs_code', 'hs_codes', 'country_of_origin', 'net_weight_g', 'length_mm', 'width_mm', 'height_mm',
    'customs_description', 'customs_description_zh', 'declared_value_minor', 'declared_value_currency', 'lot_tracked', 'expiry_tracked', 'active',
    'created_at', 'updated_at', 'version'],
  'gtin', ' LIMIT 1',
);
const SELECT_POSTED = typeormSelect(
  'StockMovement', 'stock_movement',
  ['id', 'type', 'product_id', 'from_location_id', 'to_location_id', 'lot_id', 'quantity', 'reference_type', 'reference_id', 'reason_code',
    'actor_type', 'actor_id', 'idempotency_key', 'line_no', 'occurred_at'],
  'idempotency_key', ' ORDER BY "StockMovement"."line_no" ASC',
);
const LOCATION_FACTS = `SELECT l.id, l.warehouse_id, l.active,
       EXISTS (SELECT 1 FROM cycle_count_location f JOIN cycle_count c ON c.id = f.cycle_count_id
                WHERE f.location_id = l.id AND c.status IN ('open', 'counted')) AS frozen
  FROM location l WHERE l.id = ANY($1::uuid[])`;
const ENSURE_BALANCE = `INSERT INTO stock_balance (product_id, location_id, warehouse_id, lot_id) VALUES ($1, $2, $3, $4)
  ON CONFLICT (product_id, location_id) WHERE lot_id IS NULL DO NOTHING`;
const SAVE_BALANCES = `UPDATE stock_balance b SET on_hand = v.on_hand, reserved = v.reserved, updated_at = now()
  FROM unnest($1::bigint[], $2::int[], $3::int[]) AS v(id, on_hand, reserved) WHERE b.id = v.id`;
const INSERT_MOVEMENT = `INSERT INTO "stock_movement"("id", "type", "product_id", "from_location_id", "to_location_id", "lot_id", "quantity",
  "reference_type", "reference_id", "reason_code", "actor_type", "actor_id", "idempotency_key", "line_no", "occurred_at")
  VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, DEFAULT) RETURNING "id", "line_no", "occurred_at"`;
const CLAIM_KEY = `INSERT INTO idempotency_record (caller_key, key, method, path, request_hash) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT DO NOTHING RETURNING key`;
const STORE_RESPONSE = 'UPDATE idempotency_record SET response_status = $3, response_body = $4 WHERE caller_key = $1 AND key = $2';

export interface LedgerScan {
  type: 'move' | 'receipt';
  productId: string;
  warehouseId: string;
  fromLocationId: string | null;
  toLocationId: string;
  actorId: string;
  /** Already prefixed with the caller, as ScanService does. */
  idempotencyKey: string;
}

/** The scan's balance keys as a WHERE condition, keys sorted like sortKeys() (same product, so by location). */
function keyCondition(scan: LedgerScan, alias = ''): { where: string; values: string[] } {
  const locations = [scan.fromLocationId, scan.toLocationId].filter((l): l is string => !!l).sort();
  const where = locations
    .map((_, i) => `(${alias}product_id = $${2 * i + 1} AND ${alias}location_id = $${2 * i + 2} AND ${alias}lot_id IS NULL)`)
    .join(' OR ');
  return { where, values: locations.flatMap((l) => [scan.productId, l]) };
}

/** The ledger's transaction for one scan (StockLedgerService.post with one movement), on one connection. */
export async function ledgerTransaction(client: PoolClient, scan: LedgerScan): Promise<void> {
  await client.query('START TRANSACTION');
  try {
    await client.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
    await client.query(SELECT_POSTED, [scan.idempotencyKey]);
    await client.query(LOCATION_FACTS, [[scan.fromLocationId, scan.toLocationId].filter((l) => l)]);
    await client.query(ENSURE_BALANCE, [scan.productId, scan.toLocationId, scan.warehouseId, null]);
    const { where, values } = keyCondition(scan);
    const { rows } = await client.query<{ id: string; location_id: string; on_hand: number; reserved: number }>(
      `SELECT id, product_id, location_id, lot_id, warehouse_id, on_hand, reserved FROM stock_balance
  WHERE ${where} ORDER BY product_id, location_id, lot_id NULLS FIRST FOR UPDATE`,
      values,
    );
    for (const row of rows) {
      if (row.location_id === scan.fromLocationId) {
        if (row.on_hand - row.reserved < 1) throw new Error('STOCK_INSUFFICIENT');
        row.on_hand -= 1;
      }
      if (row.location_id === scan.toLocationId) row.on_hand += 1;
    }
    await client.query(SAVE_BALANCES, [rows.map((r) => r.id), rows.map((r) => r.on_hand), rows.map((r) => r.reserved)]);
    await client.query(INSERT_MOVEMENT, [
      scan.type, scan.productId, scan.fromLocationId, scan.toLocationId, null, 1, null, null, null, 'user', scan.actorId, scan.idempotencyKey, 0,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export interface ScanRequestSql extends LedgerScan {
  gtin14: string;
  fromBarcode: string | null;
  toBarcode: string;
  requestKey: string;
}

/** A stored response of the same shape and size as ScanService's. */
const responseLike = (scan: ScanRequestSql): string =>
  JSON.stringify({
    action: scan.type === 'receipt' ? 'receive' : 'move',
    product: { id: scan.productId, code: 'BENCH-00000', name: 'Bench item' },
    location: { id: scan.fromLocationId ?? scan.toLocationId, code: 'A-01-01-01' },
    toLocation: scan.fromLocationId ? { id: scan.toLocationId, code: 'A-01-01-02' } : null,
    quantity: 1,
    lot: null,
    movementIds: ['1000000'],
  });

/**
 * Everything one scan request sends to PostgreSQL: the guard's user read, the idempotency claim,
 * the barcode look-ups, the ledger transaction and the stored response. Statements outside the
 * transaction each take a pool connection of their own, as the app's repositories do.
 */
export async function scanRequestSql(pool: Pool, scan: ScanRequestSql): Promise<void> {
  const callerKey = `user:${scan.actorId}`;
  await pool.query(SELECT_USER, [scan.actorId]);
  await pool.query(CLAIM_KEY, [callerKey, scan.requestKey, 'POST', '/api/v1/scans', 'f'.repeat(64)]);
  await pool.query(SELECT_LOCATION, [scan.fromBarcode ?? scan.toBarcode]);
  await pool.query(SELECT_PRODUCT, [scan.gtin14]);
  if (scan.fromBarcode) await pool.query(SELECT_LOCATION, [scan.toBarcode]);
  const client = await pool.connect();
  try {
    await ledgerTransaction(client, scan);
  } finally {
    client.release();
  }
  await pool.query(STORE_RESPONSE, [callerKey, scan.requestKey, 201, responseLike(scan)]);
}

const LOCK_WITH_FACTS = (where: string) => `SELECT b.id, b.location_id, b.on_hand, b.reserved, l.active,
       EXISTS (SELECT 1 FROM cycle_count_location f JOIN cycle_count c ON c.id = f.cycle_count_id
                WHERE f.location_id = b.location_id AND c.status IN ('open', 'counted')) AS frozen
  FROM stock_balance b JOIN location l ON l.id = b.location_id
 WHERE ${where} ORDER BY b.product_id, b.location_id, b.lot_id NULLS FIRST FOR UPDATE OF b`;
const SAVE_AND_RECORD = `WITH saved AS (
  UPDATE stock_balance b SET on_hand = v.on_hand, reserved = v.reserved, updated_at = now()
    FROM unnest($1::bigint[], $2::int[], $3::int[]) AS v(id, on_hand, reserved) WHERE b.id = v.id)
INSERT INTO stock_movement (type, product_id, from_location_id, to_location_id, quantity, actor_type, actor_id, idempotency_key, line_no)
VALUES ($4, $5, $6, $7, 1, 'user', $8, $9, 0) RETURNING id, line_no, occurred_at`;

/**
 * A proposal, not what the service does: the same checks and the same lock order in 4 round trips
 * instead of 9. BEGIN keeps the default isolation (no SET TRANSACTION), the location facts come with
 * the row locks, the balance update and the movement insert are one statement, and a repeated key
 * is caught by the unique index (as post() already handles) instead of a SELECT up front. The row
 * locks are then held for one statement and the commit.
 */
export async function leanLedgerTransaction(client: PoolClient, scan: LedgerScan): Promise<void> {
  const { where, values } = keyCondition(scan, 'b.');
  await client.query('BEGIN');
  try {
    type Row = { id: string; location_id: string; on_hand: number; reserved: number; active: boolean; frozen: boolean };
    let { rows } = await client.query<Row>(LOCK_WITH_FACTS(where), values);
    if (!rows.some((r) => r.location_id === scan.toLocationId)) {
      // First stock of this key in this bin: create the row, then lock again in the same order.
      await client.query(ENSURE_BALANCE, [scan.productId, scan.toLocationId, scan.warehouseId, null]);
      ({ rows } = await client.query<Row>(LOCK_WITH_FACTS(where), values));
    }
    for (const row of rows) {
      if (row.frozen || (row.location_id === scan.toLocationId && !row.active)) throw new Error('LOCATION_UNUSABLE');
      if (row.location_id === scan.fromLocationId) {
        if (row.on_hand - row.reserved < 1) throw new Error('STOCK_INSUFFICIENT');
        row.on_hand -= 1;
      }
      if (row.location_id === scan.toLocationId) row.on_hand += 1;
    }
    await client.query(SAVE_AND_RECORD, [
      rows.map((r) => r.id), rows.map((r) => r.on_hand), rows.map((r) => r.reserved),
      scan.type, scan.productId, scan.fromLocationId, scan.toLocationId, scan.actorId, scan.idempotencyKey,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
