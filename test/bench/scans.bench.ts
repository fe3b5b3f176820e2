/**
 * `npm run bench:scans`: throughput and latency of POST /api/v1/scans against the limit of the
 * same SQL sent through a bare pg pool, plus a hot-SKU case that checks for lost updates.
 * Not part of `npm test` or CI. Settings: BENCH_DATABASE_URL, BENCH_DURATION (s per run, default
 * 12), BENCH_CONNECTIONS (32), DB_POOL_SIZE (the app's default, 10), and
 * BENCH_PROFILE=<file.cpuprofile> to profile the app process during the HTTP move run.
 */
import 'reflect-metadata';
import { cpus } from 'node:os';
import { Pool } from 'pg';
import { Role } from '../../src/identity/roles';
import { StockVerifyService } from '../../src/inventory/services/stock-verify.service';
import { startBenchApp, signIn } from './support/bench-app';
import { benchDatabaseUrl, recreateDatabase, serverVersion } from './support/bench-database';
import { CpuCost, measureCpu, roundTripYardstick } from './support/cpu-accounting';
import { profiled } from './support/cpu-profile';
import { LedgerScan, leanLedgerTransaction, ledgerTransaction, scanRequestSql } from './support/ledger-sql';
import { fixed, loadLine, machineLine, phase, table, verdict } from './support/report';
import { LoadSummary, MovePair, runLoad, ScanMix } from './support/scan-load';
import { BenchProduct, seedScanFloor } from './support/scan-floor';
import { runSqlLoops } from './support/sql-load';

const DURATION = Number(process.env.BENCH_DURATION ?? 12);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PROFILE = process.env.BENCH_PROFILE;
const PRODUCTS = 1000;
const UNITS_PER_BIN = 1000;
const WARM_UP_SECONDS = 3;
const CORES = cpus().length;

const TARGET = { scansPerSecond: 2000, p99Ms: 50, ratio: 0.5, hotScansPerSecond: 500 };

interface Run {
  name: string;
  load: LoadSummary;
  cpu: CpuCost;
  /** Scans the server carried out, including those still in flight when the client's clock stopped. */
  scans: number;
}

const HOT_KEYS = 'hot-';

const rate = (s: LoadSummary) => s.ok / (s.elapsedMs / 1000);
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];

/** Waits until no scan of the run is in progress, then counts the movements its keys wrote. */
async function acceptedScans(pool: Pool, userId: string, keyPrefix: string): Promise<number> {
  const callerKey = `user:${userId}`;
  for (let waited = 0; waited < 30_000; waited += 100) {
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM idempotency_record WHERE caller_key = $1 AND key LIKE $2 AND response_status IS NULL', [callerKey, `${keyPrefix}%`]);
    if (rows[0].n === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM stock_movement WHERE idempotency_key LIKE $1', [`${callerKey}:${keyPrefix}%`]);
  return rows[0].n;
}

function printResults(runs: Run[]): void {
  console.log(`\n${table(
    ['scenario', 'requests', 'scans/s', 'p50 ms', 'p99 ms', 'errors/non-2xx'],
    runs.map(({ name, load: s }) => [name, s.requests, fixed(rate(s), 0), fixed(s.p50), fixed(s.p99), `${s.errors}/${s.non2xx}`]),
  )}`);
  // Which side the cost is on, and how many scans the cores could carry at that cost.
  console.log(`\n${table(
    ['CPU per scan (ms)', 'app/client', 'postgres', 'load gen', 'total', `${CORES} cores ÷ total`],
    runs.map(({ name, load, cpu, scans }) => {
      const per = (ms: number | null | undefined) => (ms === null || ms === undefined ? NaN : ms / scans);
      const total = per(cpu.processMs) + per(cpu.postgresMs) + (per(load.generatorCpuMs) || 0);
      return [name, fixed(per(cpu.processMs), 2), fixed(per(cpu.postgresMs), 2), fixed(per(load.generatorCpuMs), 2), fixed(total, 2), `${fixed((CORES * 1000) / total, 0)} scans/s`];
    }),
  )}`);
  for (const { name, load } of runs) if (load.non2xx || load.errors) console.log(`  ${name}: ${JSON.stringify(load.statusCodes)}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const url = benchDatabaseUrl('wms_bench');
  console.log(`bench:scans — ${new Date().toISOString()}`);
  console.log(machineLine(await serverVersion(url)));
  await phase(`database ${new URL(url).pathname.slice(1)}: drop, create, migrate`, () => recreateDatabase(url));
  const bench = await phase('app: boot in-process (LOG_LEVEL=silent)', () => startBenchApp(url));
  const floor = await phase(`seed: ${PRODUCTS} products, 2,001 bins, ${UNITS_PER_BIN} units per bin through the ledger`, () =>
    seedScanFloor(bench, PRODUCTS, UNITS_PER_BIN),
  );
  const { userId, token } = await signIn(bench, 'picker@bench.local', [Role.Warehouse]);
  const poolSize = bench.env.DB_POOL_SIZE;
  const pool = new Pool({ connectionString: url, max: poolSize });
  console.log(`load: ${CONNECTIONS} connections, ${DURATION} s per run; app pool and bare pg pool: ${poolSize} connections each`);
  console.log('move scan: 1 unit of a random product (GTIN-13) from one of its two bins to the other, random direction; a fresh Idempotency-Key each');

  const moveMix: ScanMix = { kind: 'move', pairs: floor.products.map((p): MovePair => ({ item: p.gtin13, a: p.bins[0].barcode, b: p.bins[1].barcode })) };
  const http = (mix: ScanMix, duration: number, keyPrefix: string) => runLoad({ baseUrl: bench.baseUrl, token, connections: CONNECTIONS, duration, keyPrefix, mix });
  let sequence = 0;
  const ledgerScan = (product: BenchProduct, from: string | null, to: string): LedgerScan => ({
    type: from ? 'move' : 'receipt', productId: product.id, warehouseId: floor.warehouseId, fromLocationId: from, toLocationId: to,
    actorId: userId, idempotencyKey: `user:${userId}:limit-${++sequence}`,
  });
  const randomMove = () => {
    const product = pick(floor.products);
    const [from, to] = Math.random() < 0.5 ? product.bins : [product.bins[1], product.bins[0]];
    return { product, from, to, scan: ledgerScan(product, from.id, to.id) };
  };
  const inTransaction = async (scan: LedgerScan, transaction = ledgerTransaction) => {
    const client = await pool.connect();
    try {
      await transaction(client, scan);
    } finally {
      client.release();
    }
  };
  const runs: Run[] = [];
  /** Runs one scenario; for HTTP runs (`keyPrefix`) the CPU window lasts until the scans in flight at the stop have committed. */
  const measured = async (name: string, work: () => Promise<LoadSummary>, keyPrefix?: string) => {
    const [[load, scans], cpu] = await phase(`run: ${name}`, () =>
      measureCpu(
        async (sql) => (await pool.query<{ pid: number }>(sql)).rows,
        async () => {
          const summary = await work();
          return [summary, keyPrefix ? await acceptedScans(pool, userId, keyPrefix) : summary.ok] as const;
        },
      ),
    );
    runs.push({ name, load, cpu, scans });
    return { load, scans };
  };
  const storedUnits = async () => Number((await pool.query("SELECT sum(on_hand) AS n FROM stock_balance b JOIN location l ON l.id = b.location_id WHERE l.type = 'storage'")).rows[0].n);

  console.log(loadLine('before the runs'));
  console.log(await roundTripYardstick(pool));
  await phase(`warm-up: ${WARM_UP_SECONDS} s of move scans (not counted)`, () => http(moveMix, WARM_UP_SECONDS, 'warm-up-'));
  const unitsBefore = await storedUnits();
  const moveRun = () => http(moveMix, DURATION, 'move-');
  const { load: apiMove } = await measured('move, API (HTTP)', () => (PROFILE ? profiled(PROFILE, moveRun) : moveRun()), 'move-');
  const { load: limitMove } = await measured('move, limit: ledger tx via pg', () => runSqlLoops(CONNECTIONS, DURATION, () => inTransaction(randomMove().scan)));
  const { load: requestSql } = await measured('move, all SQL of a request via pg', () =>
    runSqlLoops(CONNECTIONS, DURATION, () => {
      const { product, from, to, scan } = randomMove();
      return scanRequestSql(pool, { ...scan, gtin14: `0${product.gtin13}`, fromBarcode: from.barcode, toBarcode: to.barcode, requestKey: `limit-request-${sequence}` });
    }),
  );
  await measured('move, proposal: 4-round-trip tx via pg', () => runSqlLoops(CONNECTIONS, DURATION, () => inTransaction(randomMove().scan, leanLedgerTransaction)));
  const unitsAfter = await storedUnits();

  // Hot SKU: every connection receives 1 unit of the same product into the same bin (one balance row).
  const hot = floor.products[0];
  const hotOnHand = async () =>
    Number((await pool.query('SELECT COALESCE(sum(on_hand), 0) AS n FROM stock_balance WHERE product_id = $1 AND location_id = $2', [hot.id, floor.hotBin.id])).rows[0].n);
  const hotStart = await hotOnHand();
  const { load: apiHot, scans: acceptedHot } = await measured(
    'hot SKU receive, API (HTTP)',
    () => http({ kind: 'receive', item: hot.gtin13, location: floor.hotBin.barcode }, DURATION, HOT_KEYS),
    HOT_KEYS,
  );
  const hotAfterApi = await hotOnHand();
  const { load: limitHot } = await measured('hot SKU receive, limit: ledger tx via pg', () =>
    runSqlLoops(CONNECTIONS, DURATION, () => inTransaction(ledgerScan(hot, null, floor.hotBin.id))),
  );
  const hotAfterLimit = await hotOnHand();
  const { load: leanHot } = await measured('hot SKU receive, proposal: 4-round-trip tx', () =>
    runSqlLoops(CONNECTIONS, DURATION, () => inTransaction(ledgerScan(hot, null, floor.hotBin.id), leanLedgerTransaction)),
  );
  const hotAfterLean = await hotOnHand();
  const verification = await phase('check: StockVerifyService.verify() (replays the whole ledger)', () => bench.app.get(StockVerifyService).verify());

  printResults(runs);
  const moveRatio = rate(apiMove) / rate(limitMove);
  const hotLost = hotStart + acceptedHot - hotAfterApi + (hotAfterApi + limitHot.ok - hotAfterLimit) + (hotAfterLimit + leanHot.ok - hotAfterLean);
  console.log(`\nratio API ÷ limit: move ${fixed(moveRatio, 2)}, hot SKU ${fixed(rate(apiHot) / rate(limitHot), 2)}; ` +
    `move API ÷ all SQL of a request: ${fixed(rate(apiMove) / rate(requestSql), 2)}`);
  console.log(`hot SKU row: ${hotStart} → ${hotAfterApi} (+${acceptedHot} scans accepted over HTTP: ${apiHot.ok} answered 2xx in time, ` +
    `${acceptedHot - apiHot.ok} in flight at the stop) → ${hotAfterLimit} (+${limitHot.ok} service-SQL transactions) ` +
    `→ ${hotAfterLean} (+${leanHot.ok} proposal transactions); lost updates: ${hotLost}`);
  console.log(`moves conserve stock: ${unitsBefore} units in storage before, ${unitsAfter} after; ` +
    `verify: ${verification.consistent ? 'consistent' : `${verification.mismatches.length} mismatch(es)`} over ${verification.movements} movements`);

  console.log('\ntargets:');
  console.log(verdict('move scans/s over HTTP', fixed(rate(apiMove), 0), `≥ ${TARGET.scansPerSecond}`, rate(apiMove) >= TARGET.scansPerSecond));
  console.log(verdict('move p99 over HTTP', `${fixed(apiMove.p99)} ms`, `≤ ${TARGET.p99Ms} ms`, apiMove.p99 <= TARGET.p99Ms));
  console.log(verdict('ratio API ÷ limit (move)', fixed(moveRatio, 2), `≥ ${TARGET.ratio}`, moveRatio >= TARGET.ratio));
  console.log(verdict('hot SKU scans/s over HTTP', fixed(rate(apiHot), 0), `≥ ${TARGET.hotScansPerSecond}`, rate(apiHot) >= TARGET.hotScansPerSecond));
  const consistent = hotLost === 0 && unitsBefore === unitsAfter && verification.consistent;
  console.log(verdict('lost updates (hot SKU, verify)', String(hotLost), '0, ledger = balances', consistent));
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s`);

  await pool.end();
  await bench.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
