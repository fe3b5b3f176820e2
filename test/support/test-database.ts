import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/** Server the e2e tests create their databases on (TEST_DATABASE_URL overrides). */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The template's name changes with the migrations, so a changed migration rebuilds it. */
export function templateName(): string {
  const dir = join(__dirname, '..', '..', 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return `wms_template_${hash.digest('hex').slice(0, 12)}`;
}

/**
 * One database per Jest worker of this run. The run id (the pid of the Jest parent process, set by
 * global-setup) keeps two runs on the same server from dropping each other's databases.
 */
export function workerDatabaseName(workerId: string | number, runId = process.env.WMS_TEST_RUN ?? String(process.pid)): string {
  return `wms_test_${runId}_${workerId}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Databases left behind by runs that were killed before their teardown. */
export function isAbandonedWorkerDatabase(name: string): boolean {
  const m = /^wms_test_(\d+)_\d+$/.exec(name);
  return !!m && !isAlive(Number(m[1]));
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
