import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_URL, databaseUrl, templateName, withAdminClient } from '../../support/test-database';

const ROOT = join(__dirname, '..', '..', '..');

export interface WebTestApp {
  child: ChildProcess;
  database: string;
  dataDir: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no healthy answer from ${url} within 60 s:\n${log()}`);
}

/**
 * Starts the built app (`node dist/src/main.js`, web app included) on a fresh database: a clone of
 * the e2e template when one exists, else an empty database the app migrates at boot. Then loads the
 * demo data with the CLI, as a new user would.
 */
export default async function webGlobalSetup(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html')) || !existsSync(join(ROOT, 'dist', 'src', 'main.js'))) {
    throw new Error('Build first: `npm run test:e2e:web` runs `npm run build` before the browser tests.');
  }
  const database = `wms_web_${process.pid}`;
  await withAdminClient(async (admin) => {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [templateName()]);
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(rowCount ? `CREATE DATABASE ${database} TEMPLATE ${templateName()}` : `CREATE DATABASE ${database}`);
  });
  const [port, printerPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'wms-web-test-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl(database),
    DB_RUN_MIGRATIONS: 'true',
    JWT_SECRET: 'web-test-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    RUN_WORKERS: 'true',
    OUTBOX_POLL_INTERVAL_MS: '250',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    LABEL_PRINTERS: `pack-1=127.0.0.1:${printerPort}@203`,
  };
  delete env.REDIS_URL;
  let output = '';
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output.slice(-4000));
  execFileSync(process.execPath, [join(ROOT, 'dist', 'src', 'cli.js'), 'seed-demo'], { cwd: ROOT, env, stdio: 'pipe' });

  (globalThis as { __WMS_WEB_APP__?: WebTestApp }).__WMS_WEB_APP__ = { child, database, dataDir };
  Object.assign(process.env, { WEB_BASE_URL: baseUrl, WEB_DATABASE_URL: databaseUrl(database), WEB_PRINTER_PORT: String(printerPort), WEB_ADMIN_URL: ADMIN_URL });
}
