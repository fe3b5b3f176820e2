import { Client } from 'pg';

/**
 * Set-based generation of a large stock ledger with `INSERT … SELECT … FROM generate_series`,
 * into the real tables (their indexes, CHECKs and the append-only trigger stay in place).
 * Every balance row gets ten receipts of 1…10 units, so on_hand (55) replays from the ledger.
 */
export const SHAPE = {
  warehouses: 4,
  binsPerWarehouse: 5000,
  products: 100_000,
  binsPerProduct: 10,
  receiptsPerBalance: 10,
};
export const BALANCE_ROWS = SHAPE.products * SHAPE.binsPerProduct;
export const MOVEMENT_ROWS = BALANCE_ROWS * SHAPE.receiptsPerBalance;
const BINS = SHAPE.warehouses * SHAPE.binsPerWarehouse;

/** Warehouses, bins (mostly storage and pick faces, some receiving and quarantine), products and one open count. */
export async function generateCatalogAndBins(db: Client): Promise<void> {
  await db.query(`
    INSERT INTO warehouse (code, name, address_line1, city, postcode, country, timezone)
    SELECT 'LKP-0' || w, 'Lookup DC ' || w, w || ' Bench Road', 'Newark', '07114', 'US', 'America/New_York'
      FROM generate_series(1, ${SHAPE.warehouses}) w`);
  // 25 aisles × 25 racks × 8 levels; level 01 is the pick face, a few bins are receiving or quarantine.
  await db.query(`
    INSERT INTO location (warehouse_id, code, zone, aisle, rack, level, type, barcode, pick_sequence)
    SELECT w.id, c.code, 'A', c.aisle, c.rack, c.level,
           CASE WHEN i % 97 = 0 THEN 'receiving' WHEN i % 50 = 0 THEN 'quarantine' WHEN c.level = '01' THEN 'pick_face' ELSE 'storage' END,
           'LOC:' || w.code || ':' || c.code, i * 10
      FROM warehouse w
     CROSS JOIN generate_series(0, ${SHAPE.binsPerWarehouse - 1}) i
     CROSS JOIN LATERAL (SELECT lpad((i / 200 + 1)::text, 2, '0') AS aisle, lpad((i / 8 % 25 + 1)::text, 2, '0') AS rack,
                                lpad((i % 8 + 1)::text, 2, '0') AS level) parts
     CROSS JOIN LATERAL (SELECT 'A-' || parts.aisle || '-' || parts.rack || '-' || parts.level AS code, parts.*) c`);
  // Products within the product CHECKs: SKU format, 6-digit HS code, positive weight and dimensions.
  await db.query(`
    INSERT INTO product (sku, name_en, hs_code, country_of_origin, net_weight_g, length_mm, width_mm, height_mm,
                         customs_description, declared_value_minor, declared_value_currency, version)
    SELECT 'LKP-' || lpad(n::text, 6, '0'), 'Lookup item ' || n, '610910', 'CN', 100 + n % 900, 300, 250, 20,
           'T-shirt, knitted, 100% cotton', 450, 'USD', 1
      FROM generate_series(1, ${SHAPE.products}) n`);
  // One open cycle count freezes 1% of the bins, so the availability query's frozen-bin test has rows to find.
  await db.query(`
    WITH c AS (INSERT INTO cycle_count (warehouse_id, status, created_by) SELECT id, 'open', 'bench' FROM warehouse WHERE code = 'LKP-01' RETURNING id, warehouse_id)
    INSERT INTO cycle_count_location (cycle_count_id, location_id)
    SELECT c.id, l.id FROM c JOIN location l ON l.warehouse_id = c.warehouse_id WHERE l.pick_sequence % 1000 = 0`);
  // Numbered copies for the set-based joins below; temporary, so the schema stays the app's.
  await db.query('CREATE TEMP TABLE n_product AS SELECT row_number() OVER (ORDER BY sku)::int AS n, id FROM product');
  await db.query('CREATE TEMP TABLE n_location AS SELECT (row_number() OVER (ORDER BY warehouse_id, pick_sequence) - 1)::int AS n, id, warehouse_id FROM location');
  await db.query('ALTER TABLE n_product ADD PRIMARY KEY (n)');
  await db.query('ALTER TABLE n_location ADD PRIMARY KEY (n)');
}

/** Balance rows: each product in 10 bins spread over the warehouses (2003 is coprime with the bin count). */
export async function generateBalances(db: Client): Promise<void> {
  await db.query(`
    INSERT INTO stock_balance (product_id, location_id, warehouse_id, lot_id, on_hand, reserved)
    SELECT p.id, l.id, l.warehouse_id, NULL, ${(SHAPE.receiptsPerBalance * (SHAPE.receiptsPerBalance + 1)) / 2}, 0
      FROM n_product p
     CROSS JOIN generate_series(0, ${SHAPE.binsPerProduct - 1}) j
      JOIN n_location l ON l.n = (p.n * 7 + j * 2003) % ${BINS}`);
}

/** SKU of product number `n` (1…products). */
export const skuOf = (n: number): string => `LKP-${String(n).padStart(6, '0')}`;

/**
 * Receipts for products `from`…`to`: ten per balance row, spread over two years. Keyed by SKU
 * rather than the temporary numbering, so several connections can generate at once.
 */
export async function generateMovements(db: Client, from: number, to: number): Promise<number> {
  const { rowCount } = await db.query(
    `INSERT INTO stock_movement (type, product_id, to_location_id, quantity, actor_type, actor_id, occurred_at)
     SELECT 'receipt', b.product_id, b.location_id, k, 'system', 'bench', now() - ((substr(p.sku, 5)::int % 700) + k * 7) * interval '1 day'
       FROM product p
       JOIN stock_balance b ON b.product_id = p.id
      CROSS JOIN generate_series(1, ${SHAPE.receiptsPerBalance}) k
      WHERE p.sku BETWEEN $1 AND $2`,
    [skuOf(from), skuOf(to)],
  );
  return rowCount ?? 0;
}

/**
 * Runs `work` with the table's non-unique indexes dropped, then re-creates each from its own
 * definition (pg_indexes.indexdef), so the end state is exactly the migrated schema. Sorting once
 * per index is far cheaper than 10M random inserts into indexes larger than shared_buffers.
 */
export async function withoutPlainIndexes(db: Client, table: string, work: () => Promise<void>): Promise<void> {
  const { rows } = await db.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
      WHERE i.schemaname = 'public' AND i.tablename = $1 AND NOT x.indisunique ORDER BY i.indexname`,
    [table],
  );
  for (const { name } of rows) await db.query(`DROP INDEX "${name}"`);
  await work();
  await db.query("SET maintenance_work_mem = '1GB'");
  for (const { name, definition } of rows) {
    const started = Date.now();
    await db.query(definition);
    console.log(`  re-created ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** True when the database already holds a complete data set from an earlier run (for BENCH_REUSE_DATA). */
export async function hasCompleteData(url: string): Promise<boolean> {
  const db = new Client({ connectionString: url });
  try {
    await db.connect();
    const { rows } = await db.query<{ balances: string; movements: string }>(
      'SELECT (SELECT count(*) FROM stock_balance) AS balances, (SELECT count(*) FROM stock_movement) AS movements',
    );
    return Number(rows[0].balances) === BALANCE_ROWS && Number(rows[0].movements) === MOVEMENT_ROWS;
  } catch {
    return false; // no such database or no such table: generate
  } finally {
    await db.end().catch(() => undefined);
  }
}
