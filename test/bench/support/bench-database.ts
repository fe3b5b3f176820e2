import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../src/common/database/data-source-options';

/** Server the benches create their databases on; the path part names the database. */
export function benchDatabaseUrl(defaultName: string): string {
  return process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${defaultName}`;
}

function splitUrl(url: string): { admin: string; name: string } {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  // The name is spliced into DDL, which cannot take it as a parameter.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bench database name "${name}" must be a plain lower-case identifier`);
  parsed.pathname = '/postgres';
  return { admin: parsed.toString(), name };
}

/**
 * Drops and re-creates the bench database, then applies the project's migrations with the
 * project's DataSource options, so the schema is exactly what the app runs on.
 */
export async function recreateDatabase(url: string): Promise<void> {
  const { admin, name } = splitUrl(url);
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const dataSource = new DataSource(dataSourceOptions(url, { logging: false }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Version of the server behind `url` (asked through its `postgres` database, which always exists). */
export async function serverVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: splitUrl(url).admin });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return rows[0].v;
  } finally {
    await client.end();
  }
}
