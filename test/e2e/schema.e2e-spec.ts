import { createTestApp, TestApp } from '../support/test-app';

describe('Database schema', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('the committed migrations produce exactly what the entities describe (no drift)', async () => {
    // The same comparison `npm run migration:generate` makes: any statement means an entity
    // changed without a migration, or a migration added something no entity declares.
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has no pending migrations', async () => {
    expect(await t.dataSource.showMigrations()).toBe(false);
  });
});
