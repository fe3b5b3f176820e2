/**
 * `npm run bench:allocate`: 10,000 shop orders (1–5 lines over 2,000 SKUs, some of them kits)
 * allocated through the same service the outbox job calls, then waved and released, against a
 * database of its own. Prints orders/s against the 10 s target and checks the invariants.
 */
import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { expandLine, KitRecipe, KitService } from '../../src/catalog';
import { dataSourceOptions } from '../../src/common/database/data-source-options';
import { AllocationService } from '../../src/fulfillment/allocation/allocation.service';
import { WaveService } from '../../src/fulfillment/waves/wave.service';
import { LocationService, LocationType, MovementType, StockLedgerService, StockVerifyService, WarehouseService } from '../../src/inventory';

const ORDERS = 10_000;
const SKUS = 2_000;
const KITS = 150;
const TARGET_SECONDS = 10;
const SYSTEM = { kind: 'system' as const, id: 'bench' };
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/wms_bench_allocate';

/** Deterministic pseudo-random numbers (mulberry32), so every run sees the same orders. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(42);
const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

async function recreateDatabase(): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const ds = new DataSource(dataSourceOptions(url, { logging: false }));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}

async function boot(): Promise<INestApplicationContext> {
  Object.assign(process.env, {
    NODE_ENV: 'production', DATABASE_URL: url, DB_RUN_MIGRATIONS: 'false', RUN_WORKERS: 'false', LOG_LEVEL: 'silent',
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789', DATA_DIR: mkdtempSync(join(tmpdir(), 'wms-bench-')),
  });
  delete process.env.REDIS_URL;
  return NestFactory.createApplicationContext(AppModule.register({ runWorkers: false }), { logger: ['error'] });
}

/** A warehouse with 400 pick faces, 1,200 storage bins and a packing bench; 2,000 SKUs of which 150 are kits; stock by ledger batches. */
async function seedCatalogAndStock(app: INestApplicationContext, ds: DataSource) {
  const warehouse = await app.get(WarehouseService).create({
    code: 'BENCH', name: 'Bench DC', addressLine1: '1 Bench Road', city: 'Newark', postcode: '07114', country: 'US', timezone: 'America/New_York',
  });
  const locations = app.get(LocationService);
  await locations.bulkCreate(warehouse.id, { pattern: 'P-01..10-01..10-01..04', type: LocationType.PickFace });
  await locations.bulkCreate(warehouse.id, { pattern: 'A-01..20-01..15-01..04', type: LocationType.Storage });
  await locations.bulkCreate(warehouse.id, { pattern: 'PACK-01', type: LocationType.Packing });
  const bins: { id: string; type: string }[] = await ds.query("SELECT id, type FROM location WHERE type IN ('pick_face', 'storage') ORDER BY code");
  const faces = bins.filter((b) => b.type === 'pick_face');
  const storage = bins.filter((b) => b.type === 'storage');
  const skus = Array.from({ length: SKUS }, (_, i) => `SKU-${String(i + 1).padStart(5, '0')}`);
  const rows: { id: string; sku: string }[] = await ds.query(
    `INSERT INTO product (sku, name_en, hs_code, country_of_origin, net_weight_g, length_mm, width_mm, height_mm, customs_description, declared_value_minor, declared_value_currency, version)
     SELECT s, 'Bench item ' || s, '610910', 'CN', 200, 300, 200, 30, 'Cotton T-shirt', 500, 'USD', 1 FROM unnest($1::text[]) AS s RETURNING id, sku`,
    [skus],
  );
  const ids = rows.sort((a, b) => a.sku.localeCompare(b.sku)).map((r) => r.id);
  const stocked = ids.slice(KITS);
  const kits = ids.slice(0, KITS);
  for (const kit of kits) {
    const parts = new Set<string>();
    while (parts.size < between(2, 3)) parts.add(stocked[between(0, stocked.length - 1)]);
    await app.get(KitService).setComponents(kit, [...parts].map((productId) => ({ productId, quantity: between(1, 2) })));
  }
  const receipts = stocked.flatMap((productId, i) => [
    { type: MovementType.Receipt, productId, toLocationId: faces[i % faces.length].id, quantity: between(5, 30) },
    { type: MovementType.Receipt, productId, toLocationId: storage[i % storage.length].id, quantity: between(0, 40) || 1 },
  ]);
  const ledger = app.get(StockLedgerService);
  for (let i = 0; i < receipts.length; i += 1000) await ledger.post({ actor: SYSTEM }, receipts.slice(i, i + 1000));
  return { warehouseId: warehouse.id, ids, skus };
}

/** 10,000 received orders with their lines and kit-expanded requirements, written in bulk (not timed). */
async function seedOrders(app: INestApplicationContext, ds: DataSource, ids: string[], skus: string[]): Promise<string[]> {
  const recipes: Map<string, KitRecipe[]> = await app.get(KitService).recipes(ids);
  const partnerId = randomUUID();
  const orders: unknown[][] = [];
  const lines: unknown[][] = [];
  const requirements: unknown[][] = [];
  for (let n = 0; n < ORDERS; n++) {
    const orderId = randomUUID();
    orders.push([orderId, partnerId, `BENCH-${n}`, new Date(Date.UTC(2026, 4, 1) + n * 1000).toISOString()]);
    const picked = new Set<number>();
    while (picked.size < between(1, 5)) picked.add(between(0, SKUS - 1));
    [...picked].forEach((p, lineNo) => {
      const lineId = randomUUID();
      const quantity = between(1, 2);
      lines.push([lineId, orderId, lineNo + 1, skus[p], ids[p], quantity, recipes.has(ids[p])]);
      for (const need of expandLine({ productId: ids[p], quantity }, recipes.get(ids[p]))) requirements.push([orderId, lineId, need.productId, skus[ids.indexOf(need.productId)], need.quantity]);
    });
  }
  const insert = async (sql: string, table: unknown[][]) => {
    for (let i = 0; i < table.length; i += 5000) {
      const chunk = table.slice(i, i + 5000);
      await ds.query(sql, chunk[0].map((_, c) => chunk.map((r) => r[c])));
    }
  };
  await insert(
    `INSERT INTO outbound_order (id, partner_id, external_id, placed_at, request_hash, channel, status, service_level, ship_to_name, ship_to_address_line1, ship_to_city, ship_to_postcode, ship_to_country, currency, total_minor)
     SELECT id, partner, ext, placed, repeat('0', 64), 'web', 'received', 'standard', 'Bench Customer', '1 Main St', 'Springfield', '10001', 'US', 'USD', 1000
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[]) AS v(id, partner, ext, placed)`,
    orders,
  );
  await insert(
    `INSERT INTO outbound_order_line (id, order_id, line_no, sku, product_id, quantity, unit_price_minor, is_kit)
     SELECT id, o, n, s, p, q, 1000, k FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::uuid[], $6::int[], $7::bool[]) AS v(id, o, n, s, p, q, k)`,
    lines,
  );
  await insert(
    `INSERT INTO order_requirement (order_id, line_id, product_id, sku, quantity)
     SELECT o, l, p, s, q FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[]) AS v(o, l, p, s, q)`,
    requirements,
  );
  return orders.map((o) => String(o[0]));
}

async function waveEverything(app: INestApplicationContext, warehouseId: string): Promise<{ waves: number; lists: number }> {
  const waves = app.get(WaveService);
  let count = 0;
  let lists = 0;
  for (;;) {
    const planned = await waves.create({ warehouseId, maxOrders: 250, maxLines: 2000 }, SYSTEM).catch((e: { code?: string }) => {
      if (e.code === 'WAVE_EMPTY') return null;
      throw e;
    });
    if (!planned) return { waves: count, lists };
    lists += (await waves.release(planned.wave.id, SYSTEM)).pickLists.length;
    count++;
  }
}

async function checkInvariants(ds: DataSource, app: INestApplicationContext): Promise<string[]> {
  const problems: string[] = [];
  const [bad] = await ds.query('SELECT count(*)::int AS n FROM stock_balance WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand');
  if (bad.n) problems.push(`${bad.n} balance rows out of bounds`);
  const [mismatch] = await ds.query(
    `SELECT count(*)::int AS n FROM stock_balance b WHERE b.reserved <> COALESCE((SELECT sum(quantity) FROM reservation r
        WHERE r.status = 'active' AND r.product_id = b.product_id AND r.location_id = b.location_id AND r.lot_id IS NOT DISTINCT FROM b.lot_id), 0)`,
  );
  if (mismatch.n) problems.push(`${mismatch.n} balance rows whose reserved is not the sum of active reservations`);
  const verify = await app.get(StockVerifyService).verify();
  if (!verify.consistent) problems.push(`stock verify found ${verify.mismatches.length} mismatches`);
  const [stray] = await ds.query("SELECT count(*)::int AS n FROM outbound_order WHERE status NOT IN ('picking', 'backordered')");
  if (stray.n) problems.push(`${stray.n} orders neither allocated (and waved) nor backordered`);
  const [unbacked] = await ds.query(
    `SELECT count(*)::int AS n FROM order_requirement r JOIN outbound_order o ON o.id = r.order_id WHERE o.status = 'picking' AND r.allocated_quantity <> r.quantity`,
  );
  if (unbacked.n) problems.push(`${unbacked.n} requirements of waved orders not fully allocated`);
  return problems;
}

/** Mean time of `SELECT 1`: how busy the machine is, to read the figures against. */
async function roundTripMs(ds: DataSource): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < 500; i++) await ds.query('SELECT 1');
  return (performance.now() - started) / 500;
}

async function main(): Promise<void> {
  await recreateDatabase();
  const app = await boot();
  const ds = app.get<DataSource>(getDataSourceToken());
  try {
    const { warehouseId, ids, skus } = await seedCatalogAndStock(app, ds);
    const orderIds = await seedOrders(app, ds, ids, skus);
    // Planner statistics, as autovacuum would have gathered them on tables this size.
    await ds.query('ANALYZE');
    console.log(`Seeded ${SKUS} SKUs (${KITS} kits) and ${ORDERS} orders; database round trip ${(await roundTripMs(ds)).toFixed(3)} ms; allocating and waving…`);
    const started = performance.now();
    const outcomes = await app.get(AllocationService).allocate(orderIds, { chunkSize: 100, concurrency: 2 });
    const allocatedAt = performance.now();
    const { waves, lists } = await waveEverything(app, warehouseId);
    const seconds = (performance.now() - started) / 1000;
    const backordered = outcomes.filter((o) => o.status === 'backordered').length;
    console.log(`allocation: ${((allocatedAt - started) / 1000).toFixed(2)} s (${ORDERS - backordered} allocated, ${backordered} backordered)`);
    console.log(`waving: ${waves} waves, ${lists} pick lists in ${((performance.now() - allocatedAt) / 1000).toFixed(2)} s`);
    console.log(`total: ${seconds.toFixed(2)} s for ${ORDERS} orders = ${Math.round(ORDERS / seconds)} orders/s (target ≤ ${TARGET_SECONDS} s: ${seconds <= TARGET_SECONDS ? 'met' : 'missed'})`);
    const problems = await checkInvariants(ds, app);
    console.log(problems.length ? `INVARIANTS BROKEN:\n  ${problems.join('\n  ')}` : 'invariants: hold (balances within bounds, reserved = active reservations, ledger replay consistent, every order waved or backordered)');
    process.exitCode = problems.length ? 1 : 0;
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
