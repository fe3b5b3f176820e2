import { withAdminClient, workerDatabaseName } from './test-database';

export default async function globalTeardown(config: { maxWorkers: number }): Promise<void> {
  await withAdminClient(async (admin) => {
    for (let worker = 1; worker <= Math.max(config.maxWorkers, 1); worker++) {
      await admin.query(`DROP DATABASE IF EXISTS ${workerDatabaseName(worker)} WITH (FORCE)`);
    }
  });
}
