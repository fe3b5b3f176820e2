import { isValidGtin } from '../../src/common/codes';
import { DEMO_PASSWORD, seedDemo } from '../../src/cli/seed-demo';
import { ALL_ROLES } from '../../src/identity/roles';
import { createTestApp, TestApp } from '../support/test-app';

describe('seed:demo', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.truncate();
  });
  afterAll(() => t.close());

  const count = async (sql: string) => Number((await t.dataSource.query(sql))[0].n);

  it('loads users of every role, suppliers, a warehouse with bins and ~50 products, and can run again', async () => {
    const summary = await seedDemo(t.app);
    expect(summary).toContain('Demo data ready');
    const roles: string[] = (await t.dataSource.query('SELECT DISTINCT unnest(roles) AS role FROM app_user')).map((r: { role: string }) => r.role);
    expect(roles.sort()).toEqual([...ALL_ROLES].sort());
    expect(await count("SELECT count(*) AS n FROM partner WHERE kind = 'supplier'")).toBeGreaterThanOrEqual(3);
    const bins = await count('SELECT count(*) AS n FROM location');
    expect(bins).toBe(4 + 60 + 30 + 40 + 4 + 2 + 1);
    const types: string[] = (await t.dataSource.query('SELECT DISTINCT type FROM location')).map((r: { type: string }) => r.type);
    expect(types).toHaveLength(6);
    const products: { gtin: string; hs_codes: Record<string, string>; name_zh: string }[] = await t.dataSource.query('SELECT gtin, hs_codes, name_zh FROM product');
    expect(products.length).toBeGreaterThanOrEqual(45);
    expect(products.every((p) => isValidGtin(p.gtin) && p.hs_codes.EU && /[\u4e00-\u9fff]/.test(p.name_zh))).toBe(true);

    const again = await seedDemo(t.app);
    expect(again).toContain('0 new bins, 0 new products');
    expect(await count('SELECT count(*) AS n FROM product')).toBe(products.length);
    expect(await count('SELECT count(*) AS n FROM location')).toBe(bins);
  });

  it('its users can sign in with the demo password', async () => {
    const res = await t.http.post('/api/v1/auth/login').send({ email: 'buyer@demo.wms', password: DEMO_PASSWORD }).expect(200);
    const products = await t.http.get('/api/v1/products').query({ q: 'T恤' }).set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(products.body.total).toBeGreaterThan(0);
  });
});
