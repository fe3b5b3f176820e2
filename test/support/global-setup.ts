import 'reflect-metadata';
import type { Config } from '@jest/types';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/common/database/data-source-options';
import { databaseUrl, isAbandonedWorkerDatabase, templateName, withAdminClient, workerDatabaseName } from './test-database';

/**
 * Builds a template database with the real migrations applied (once per migration set), then one
 * database per Jest worker cloned from it. Cloning takes milliseconds; migrating takes seconds.
 */
export default async function globalSetup(config: Config.GlobalConfig): Promise<void> {
  const template = templateName();
  await withAdminClient(async (admin) => {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (!rowCount) {
      const building = `${template}_build_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS ${building}`);
      await admin.query(`CREATE DATABASE ${building}`);
      const ds = new DataSource(dataSourceOptions(databaseUrl(building), { logging: false }));
      await ds.initialize();
      await ds.runMigrations({ transaction: 'each' });
      await ds.destroy();
      // Renaming makes the finished template appear atomically to concurrent runs.
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    }
    const stale = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'wms_template_%' AND datname <> $1", [template]);
    for (const { datname } of stale.rows as { datname: string }[]) {
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    const existing = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'wms_test_%'");
    for (const { datname } of existing.rows as { datname: string }[]) {
      if (isAbandonedWorkerDatabase(datname)) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    // Inherited by the worker processes Jest starts after this.
    process.env.WMS_TEST_RUN = String(process.pid);
    for (let worker = 1; worker <= Math.max(config.maxWorkers, 1); worker++) {
      const name = workerDatabaseName(worker);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    }
  });
}
