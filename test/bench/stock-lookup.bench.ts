/**
 * `npm run bench:stock-lookup`: latency of the availability read with 1M balance rows and 10M
 * movement rows. Not part of `npm test` or CI. Settings: BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/wms_bench_lookup), BENCH_LOOKUPS (5000), BENCH_GEN_CONNECTIONS (2),
 * BENCH_REUSE_DATA=1 (skip generation when the database already holds the full data set).
 */
import 'reflect-metadata';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Role } from '../../src/identity/roles';
import { StockQueryService } from '../../src/inventory/services/stock-query.service';
import { signIn, startBenchApp } from './support/bench-app';
import { CpuCost, measureCpu, roundTripYardstick } from './support/cpu-accounting';
import { benchDatabaseUrl, recreateDatabase, serverVersion } from './support/bench-database';
import {
  BALANCE_ROWS, generateBalances, generateCatalogAndBins, generateMovements, MOVEMENT_ROWS, SHAPE, hasCompleteData, withoutPlainIndexes,
} from './support/lookup-data';
import { fixed, loadLine, machineLine, percentile, phase, table, verdict } from './support/report';

const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 5000);
const GEN_CONNECTIONS = Number(process.env.BENCH_GEN_CONNECTIONS ?? 2);
/** Keep the data of an earlier run when it is complete: generation takes minutes, the lookups seconds. */
const REUSE_DATA = !!process.env.BENCH_REUSE_DATA;
const TARGET_P99_MS = 5;
/** Products per movement INSERT: 10,000 products × 10 bins × 10 receipts = 1M rows, one progress line each. */
const PRODUCTS_PER_CHUNK = 10_000;

async function connect(url: string): Promise<Client> {
  const db = new Client({ connectionString: url });
  await db.connect();
  // Bulk generation: a crash loses the bench data, nothing else, so commits need not wait for the disk.
  await db.query('SET synchronous_commit = off');
  return db;
}

async function generateMovementsInParallel(url: string): Promise<void> {
  const started = Date.now();
  let nextProduct = 1;
  let written = 0;
  const worker = async () => {
    const db = await connect(url);
    try {
      while (nextProduct <= SHAPE.products) {
        const from = nextProduct;
        nextProduct += PRODUCTS_PER_CHUNK;
        const rows = await generateMovements(db, from, Math.min(from + PRODUCTS_PER_CHUNK - 1, SHAPE.products));
        written += rows;
        const seconds = (Date.now() - started) / 1000;
        console.log(`  ${written.toLocaleString('en').padStart(10)} rows  ${seconds.toFixed(0).padStart(4)} s  (${Math.round(written / seconds).toLocaleString('en')} rows/s)`);
      }
    } finally {
      await db.end();
    }
  };
  await Promise.all(Array.from({ length: GEN_CONNECTIONS }, worker));
  if (written !== MOVEMENT_ROWS) throw new Error(`wrote ${written} movements, expected ${MOVEMENT_ROWS}`);
}

async function generate(url: string): Promise<void> {
  const db = await connect(url);
  try {
    await phase(`generate: ${SHAPE.warehouses} warehouses, ${SHAPE.warehouses * SHAPE.binsPerWarehouse} bins, ${SHAPE.products} products`, () => generateCatalogAndBins(db));
    await phase(`generate: ${BALANCE_ROWS.toLocaleString('en')} stock_balance rows`, () => withoutPlainIndexes(db, 'stock_balance', () => generateBalances(db)), {
      printsProgress: true,
    });
    await phase(
      `generate: ${MOVEMENT_ROWS.toLocaleString('en')} stock_movement rows on ${GEN_CONNECTIONS} connections`,
      () => withoutPlainIndexes(db, 'stock_movement', () => generateMovementsInParallel(url)),
      { printsProgress: true },
    );
    // The read path's tables are vacuumed as autovacuum would have by now (hint bits, visibility
    // map); the ledger, which the read never touches, only gets its statistics.
    await phase('VACUUM ANALYZE stock_balance, location, product, warehouse; ANALYZE stock_movement', async () => {
      await db.query('VACUUM (ANALYZE) stock_balance, location, product, warehouse, cycle_count, cycle_count_location');
      await db.query('ANALYZE stock_movement');
    });
    const { rows } = await db.query<{ t: string; rows: string; size: string }>(
      `SELECT t, (SELECT reltuples::bigint FROM pg_class WHERE oid = t::regclass) AS rows, pg_size_pretty(pg_total_relation_size(t::regclass)) AS size
         FROM unnest(ARRAY['stock_movement', 'stock_balance']) t`,
    );
    for (const r of rows) console.log(`  ${r.t}: ~${Number(r.rows).toLocaleString('en')} rows, ${r.size} with indexes`);
  } finally {
    await db.end();
  }
}

/** Times `calls` sequential calls of `lookup`, after a short warm-up. */
async function timed(calls: number, lookup: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 200; i++) await lookup(i);
  const ms: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    await lookup(i);
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b);
}

/** EXPLAIN (ANALYZE, BUFFERS) of the SQL the service really sends, so the plan shown cannot drift from the code. */
async function explainAvailability(dataSource: DataSource, service: StockQueryService, productId: string): Promise<string[]> {
  const original = dataSource.query.bind(dataSource);
  let plan: string[] = [];
  dataSource.query = (async (sql: string, parameters?: unknown[]) => {
    const rows: { 'QUERY PLAN': string }[] = await original(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
    plan = rows.map((r) => r['QUERY PLAN']);
    return [];
  }) as DataSource['query'];
  try {
    await service.availability(productId);
  } finally {
    dataSource.query = original;
  }
  return plan;
}

async function main(): Promise<void> {
  const started = Date.now();
  const url = benchDatabaseUrl('wms_bench_lookup');
  console.log(`bench:stock-lookup — ${new Date().toISOString()}`);
  console.log(machineLine(await serverVersion(url)));
  if (REUSE_DATA && (await hasCompleteData(url))) {
    console.log('BENCH_REUSE_DATA: the database already holds the full data set; generation skipped');
  } else {
    await phase(`database ${new URL(url).pathname.slice(1)}: drop, create, migrate`, () => recreateDatabase(url));
    await generate(url);
  }

  const bench = await phase('app: boot in-process (LOG_LEVEL=silent)', () => startBenchApp(url));
  const { token } = await signIn(bench, 'lookup@bench.local', [Role.Warehouse]);
  const products: { id: string; sku: string }[] = await bench.dataSource.query('SELECT id, sku FROM product');
  const sample = Array.from({ length: LOOKUPS + 200 }, () => products[Math.floor(Math.random() * products.length)]);
  const service = bench.app.get(StockQueryService);
  console.log(loadLine('before the lookups'));
  const yardstickPool = new Pool({ connectionString: url, max: 1 });
  console.log(await roundTripYardstick(yardstickPool));
  await yardstickPool.end();

  const cpuOf = (work: () => Promise<number[]>) => measureCpu((sql) => bench.dataSource.query(sql), work);
  const [viaService, serviceCpu] = await phase(`run: ${LOOKUPS} StockQueryService.availability() calls, random SKUs`, () =>
    cpuOf(() => timed(LOOKUPS, (i) => service.availability(sample[i].id))),
  );
  const [viaHttp, httpCpu] = await phase(`run: ${LOOKUPS} GET /api/v1/stock/:sku/availability, random SKUs`, () =>
    cpuOf(() =>
      timed(LOOKUPS, async (i) => {
        const res = await fetch(`${bench.baseUrl}/api/v1/stock/${sample[i].sku}/availability`, { headers: { authorization: `Bearer ${token}` } });
        if (res.status !== 200) throw new Error(`availability answered ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      }),
    ),
  );

  // Which side the time is spent on; one call at a time cannot take less than its CPU.
  const calls = LOOKUPS + 200;
  const row = (name: string, ms: number[], cpu: CpuCost) => [
    name, ms.length, fixed(percentile(ms, 50), 2), fixed(percentile(ms, 95), 2), fixed(percentile(ms, 99), 2), fixed(ms[ms.length - 1], 2),
    fixed(cpu.processMs / calls, 2), cpu.postgresMs === null ? '-' : fixed(cpu.postgresMs / calls, 2),
  ];
  console.log(`\n${table(['availability path', 'calls', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'CPU ms/call: node', 'postgres'], [
    row('service (SQL + mapping)', viaService, serviceCpu),
    row('HTTP (guard, SKU lookup, service, JSON)', viaHttp, httpCpu),
  ])}`);
  console.log('(HTTP CPU includes the client side: fetch runs in the same process.)');
  console.log('\ntargets:');
  console.log(verdict('availability p99, service', `${fixed(percentile(viaService, 99), 2)} ms`, `≤ ${TARGET_P99_MS} ms`, percentile(viaService, 99) <= TARGET_P99_MS));
  console.log(verdict('availability p99, HTTP', `${fixed(percentile(viaHttp, 99), 2)} ms`, `≤ ${TARGET_P99_MS} ms`, percentile(viaHttp, 99) <= TARGET_P99_MS));

  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the service's query for ${sample[0].sku}:`);
  for (const line of await explainAvailability(bench.dataSource, service, sample[0].id)) console.log(`  ${line}`);
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await bench.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
