import { Client } from 'pg';

/**
 * Set-based generation of a year of demand for the planning bench, into the real tables with
 * `INSERT … SELECT … generate_series`. Deterministic: every figure derives from the item number,
 * the warehouse and the day through integer hashing, so two runs plan the same data.
 */
export const SHAPE = {
  products: 20_000,
  warehouses: 2,
  days: 365,
  /** Every hundredth item (n % 100 = 7) sells 15× its rate over the last three days. */
  spikeEvery: 100,
  spikeFactor: 15,
  /** Open purchase-order lines: one item in five has one. */
  purchaseOrderEvery: 5,
};

/** Products per INSERT of movements: one progress line each. */
const CHUNK = 2000;

/**
 * Units/day of item n: most items sell a few a day, a few sell dozens (a long tail, cubed uniform).
 * `u(n)` is a uniform in [0, 1) from an integer hash.
 */
const U = (expr: string) => `((((${expr}) * 2654435761::bigint) % 4294967296) / 4294967296.0)`;
const RATE = `(0.3 + 40 * power(${U('p.n')}, 3))`;

export async function generateWorld(db: Client): Promise<void> {
  await db.query(`
    INSERT INTO warehouse (code, name, address_line1, city, postcode, country, timezone)
    VALUES ('PLN-US', 'Planning bench US', '1 Bench Road', 'Newark', '07114', 'US', 'America/New_York'),
           ('PLN-EU', 'Planning bench EU', '1 Benchweg', 'Venlo', '5928', 'NL', 'Europe/Amsterdam')`);
  await db.query(`
    INSERT INTO location (warehouse_id, code, type, barcode, pick_sequence)
    SELECT w.id, t.code, t.type, 'LOC:' || w.code || ':' || t.code, t.seq
      FROM warehouse w CROSS JOIN (VALUES ('RCV-01', 'receiving', 10), ('A-01-01-01', 'storage', 20), ('PACK-01', 'packing', 30)) AS t(code, type, seq)`);
  await db.query(`
    INSERT INTO product (sku, name_en, hs_code, country_of_origin, net_weight_g, length_mm, width_mm, height_mm,
                         customs_description, declared_value_minor, declared_value_currency, version)
    SELECT 'PLN-' || lpad(n::text, 6, '0'), 'Planning item ' || n, '610910', 'CN', 100 + n % 900, 300, 250, 20,
           'T-shirt, knitted, 100% cotton', 450, 'USD', 1
      FROM generate_series(1, ${SHAPE.products}) n`);
  await db.query(`
    INSERT INTO supplier (code, legal_name_en, country, address_line1, city, default_currency, default_incoterm, default_incoterm_place,
                          payment_terms, lead_time_days, version)
    VALUES ('SZ-BENCH', 'Bench Apparel Co., Ltd.', 'CN', '88 Bantian Road', 'Shenzhen', 'CNY', 'FOB', 'Shenzhen', '30/70', 25, 1)`);
  await db.query('CREATE TEMP TABLE n_product AS SELECT row_number() OVER (ORDER BY sku)::int AS n, id, sku FROM product');
  await db.query('ALTER TABLE n_product ADD PRIMARY KEY (n)');
  await db.query(`
    INSERT INTO supplier_product (supplier_id, product_id, supplier_item_code, supplier_item_name, currency, unit_price_minor, moq,
                                  units_per_carton, carton_gross_weight_g, lead_time_days, preferred)
    SELECT s.id, p.id, 'SZ-' || p.sku, 'Item ' || p.n, 'CNY', 1000 + p.n % 5000, 100 * (1 + p.n % 5), 10 * (1 + p.n % 5),
           2000 * (1 + p.n % 5), 15 + p.n % 16, true
      FROM n_product p CROSS JOIN supplier s`);
  // On hand: between 10 and 100 days of the item's rate, in the storage bin of each warehouse.
  await db.query(`
    INSERT INTO stock_balance (product_id, location_id, warehouse_id, on_hand, reserved)
    SELECT p.id, l.id, l.warehouse_id, ceil(${RATE} * (10 + 90 * ${U('p.n * 31 + w.i')}))::int, 0
      FROM n_product p
     CROSS JOIN (SELECT id, row_number() OVER (ORDER BY code)::int AS i FROM warehouse) w
      JOIN location l ON l.warehouse_id = w.id AND l.type = 'storage'`);
  // Open purchase orders: 50 lines each, confirmed, promised over the next 40 days.
  await db.query(`
    INSERT INTO purchase_order (number, supplier_id, warehouse_id, currency, incoterm, incoterm_place, transport_mode, payment_terms, status,
                                created_by_id, created_by)
    SELECT 'PO-2000-' || lpad(k::text, 5, '0'), s.id, w.id, 'CNY', 'FOB', 'Shenzhen', 'sea', '30/70', 'confirmed', gen_random_uuid(), 'bench'
      FROM generate_series(1, ${SHAPE.products / SHAPE.purchaseOrderEvery / 50}) k CROSS JOIN supplier s
      JOIN (SELECT id, row_number() OVER (ORDER BY code)::int AS i FROM warehouse) w ON w.i = 1 + k % ${SHAPE.warehouses}`);
  await db.query(`
    INSERT INTO purchase_order_line (purchase_order_id, line_no, product_id, sku, product_name_en, supplier_product_id, supplier_item_code,
                                     quantity, unit_price_minor, promised_date)
    SELECT o.id, (p.n / ${SHAPE.purchaseOrderEvery}) % 50 + 1, p.id, p.sku, 'Planning item ' || p.n, sp.id, sp.supplier_item_code,
           sp.moq * 2, sp.unit_price_minor, CURRENT_DATE + p.n % 40
      FROM n_product p
      JOIN supplier_product sp ON sp.product_id = p.id
      JOIN purchase_order o ON o.number = 'PO-2000-' || lpad((p.n / ${SHAPE.purchaseOrderEvery} / 50 + 1)::text, 5, '0')
     WHERE p.n % ${SHAPE.purchaseOrderEvery} = 0`);
}

/**
 * Ship movements out of each warehouse's packing bench for products from…to: one row per item,
 * warehouse and day with at least one unit, at 14:00 UTC. Returns the rows written.
 */
export async function generateDemand(db: Client, from: number, to: number): Promise<number> {
  const spike = `CASE WHEN p.n % ${SHAPE.spikeEvery} = 7 AND d < 3 THEN ${SHAPE.spikeFactor} ELSE 1 END`;
  // A weekly pattern and day-to-day noise around the item's rate; the EU warehouse sells 60 % of the US one.
  const units = `floor(${RATE} * (CASE WHEN w.i = 1 THEN 1 ELSE 0.6 END) * (0.85 + 0.3 * (extract(isodow FROM CURRENT_DATE - d) > 5)::int)
                       * (0.4 + 1.2 * ${U('p.n * 7919 + d * 104729 + w.i * 31')}) * ${spike})::int`;
  const { rowCount } = await db.query(
    `INSERT INTO stock_movement (type, product_id, from_location_id, quantity, actor_type, actor_id, occurred_at)
     SELECT 'ship', p.id, w.pack, u.units, 'system', 'bench', (CURRENT_DATE - d)::timestamp AT TIME ZONE 'UTC' + interval '14 hours'
       FROM n_product p
      CROSS JOIN (SELECT l.id AS pack, row_number() OVER (ORDER BY w.code)::int AS i FROM warehouse w JOIN location l ON l.warehouse_id = w.id AND l.type = 'packing') w
      CROSS JOIN generate_series(0, ${SHAPE.days - 1}) d
      CROSS JOIN LATERAL (SELECT ${units} AS units) u
      WHERE p.n BETWEEN $1 AND $2 AND u.units > 0`,
    [from, to],
  );
  return rowCount ?? 0;
}

export const DEMAND_CHUNK = CHUNK;
