/**
 * `npm run bench:planning`: one full planning recompute over 20,000 SKUs × 2 warehouses with a
 * year of daily ship movements. Not part of `npm test` or CI. Settings: BENCH_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/wms_bench_planning), BENCH_REUSE_DATA=1 (keep the
 * data of an earlier complete run), BENCH_RUNS (3).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { PlanningRecomputeService, RecomputeSummary } from '../../src/planning';
import { startBenchApp } from './support/bench-app';
import { benchDatabaseUrl, recreateDatabase, serverVersion } from './support/bench-database';
import { withoutPlainIndexes } from './support/lookup-data';
import { fixed, loadLine, machineLine, phase, table, verdict } from './support/report';
import { DEMAND_CHUNK, generateDemand, generateWorld, SHAPE } from './planning/bench-data';

const REUSE_DATA = !!process.env.BENCH_REUSE_DATA;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_SECONDS = 10;

async function connect(url: string): Promise<Client> {
  const db = new Client({ connectionString: url });
  await db.connect();
  // Bulk generation: a crash loses the bench data, nothing else.
  await db.query('SET synchronous_commit = off');
  return db;
}

async function hasData(url: string): Promise<boolean> {
  const db = new Client({ connectionString: url });
  try {
    await db.connect();
    const { rows } = await db.query<{ products: string; movements: string }>(
      "SELECT (SELECT count(*) FROM product) AS products, (SELECT count(*) FROM stock_movement WHERE type = 'ship') AS movements",
    );
    return Number(rows[0].products) === SHAPE.products && Number(rows[0].movements) > 0;
  } catch {
    return false;
  } finally {
    await db.end().catch(() => undefined);
  }
}

async function generate(url: string): Promise<void> {
  const db = await connect(url);
  try {
    await phase(`generate: ${SHAPE.warehouses} warehouses, ${SHAPE.products.toLocaleString('en')} products, supplier items, balances, open POs`, () => generateWorld(db));
    await phase(`generate: ${SHAPE.days} days of ship movements per SKU × warehouse`, () =>
      withoutPlainIndexes(db, 'stock_movement', async () => {
        const started = Date.now();
        let written = 0;
        for (let from = 1; from <= SHAPE.products; from += DEMAND_CHUNK) {
          written += await generateDemand(db, from, Math.min(from + DEMAND_CHUNK - 1, SHAPE.products));
          const s = (Date.now() - started) / 1000;
          console.log(`  ${written.toLocaleString('en').padStart(11)} rows  ${s.toFixed(0).padStart(4)} s`);
        }
      }), { printsProgress: true });
    await phase('VACUUM ANALYZE', () => db.query('VACUUM (ANALYZE)'));
  } finally {
    await db.end();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const url = benchDatabaseUrl('wms_bench_planning');
  console.log(`bench:planning — ${new Date().toISOString()}`);
  console.log(machineLine(await serverVersion(url)));
  if (REUSE_DATA && (await hasData(url))) {
    console.log('BENCH_REUSE_DATA: the database already holds the data set; generation skipped');
  } else {
    await phase(`database ${new URL(url).pathname.slice(1)}: drop, create, migrate`, () => recreateDatabase(url));
    await generate(url);
  }
  const db = await connect(url);
  const { rows: [size] } = await db.query<{ movements: string; window: string; balances: string; lines: string; bytes: string }>(
    `SELECT (SELECT count(*) FROM stock_movement) AS movements,
            (SELECT count(*) FROM stock_movement WHERE type = 'ship' AND occurred_at >= CURRENT_DATE - 55) AS window,
            (SELECT count(*) FROM stock_balance) AS balances, (SELECT count(*) FROM purchase_order_line) AS lines,
            pg_size_pretty(pg_total_relation_size('stock_movement')) AS bytes`,
  );
  await db.end();
  console.log(`data: ${Number(size.movements).toLocaleString('en')} ship movements (${size.bytes} with indexes), ${Number(size.window).toLocaleString('en')} in the 56-day window, ${Number(size.balances).toLocaleString('en')} balance rows, ${size.lines} open PO lines`);

  const bench = await phase('app: boot in-process (LOG_LEVEL=silent)', () => startBenchApp(url));
  const service = bench.app.get(PlanningRecomputeService);
  console.log(loadLine('before the recomputes'));
  const runs: RecomputeSummary[] = [];
  for (let i = 1; i <= RUNS; i++) runs.push(await phase(`run ${i}: PlanningRecomputeService.recompute()`, () => service.recompute('manual')));
  const s = (ms: number) => fixed(ms / 1000, 2);
  console.log(`\n${table(['run', 'items', 'suggestions', 'spikes', 'load s', 'plan s', 'write s', 'total s'], runs.map((r, i) => [
    String(i + 1), r.items, r.suggestions, r.spikes, s(r.timings.loadMs), s(r.timings.planMs), s(r.timings.writeMs), s(r.timings.totalMs),
  ]))}`);
  const worst = Math.max(...runs.map((r) => r.timings.totalMs)) / 1000;
  console.log('\ntarget:');
  console.log(verdict('slowest recompute, 20k SKUs × 2 WH', `${fixed(worst, 2)} s`, `≤ ${TARGET_SECONDS} s`, worst <= TARGET_SECONDS));
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await bench.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
