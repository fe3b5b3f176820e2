import { Role } from '../../src/identity/roles';
import { createTestApp, TestApp } from '../support/test-app';

const NEWARK = {
  code: 'us-nj1',
  name: 'Newark DC',
  addressLine1: '100 Doremus Ave',
  city: 'Newark',
  region: 'NJ',
  postcode: '07105',
  country: 'US',
  timezone: 'America/New_York',
};

const VENLO = {
  code: 'EU-VNL1',
  name: 'Venlo DC',
  addressLine1: 'Columbusweg 20',
  city: 'Venlo',
  postcode: '5928 LC',
  country: 'nl',
  timezone: 'Europe/Amsterdam',
};

const fieldsOf = (body: { errors?: { field: string }[] }) => [...new Set((body.errors ?? []).map((e) => e.field))].sort();

describe('Warehouses', () => {
  let t: TestApp;
  let lead: string;
  let staff: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await t.truncate();
    [lead, staff] = await Promise.all([t.tokenFor(Role.WarehouseLead), t.tokenFor(Role.Warehouse)]);
  });
  afterAll(() => t.close());

  it('creates US and EU warehouses with upper-case codes and countries', async () => {
    const us = await t.http.post('/api/v1/warehouses').set(as(lead)).send(NEWARK).expect(201);
    expect(us.body).toMatchObject({ code: 'US-NJ1', city: 'Newark', region: 'NJ', addressLine2: null, country: 'US', timezone: 'America/New_York', active: true });
    const eu = await t.http.post('/api/v1/warehouses').set(as(lead)).send(VENLO).expect(201);
    expect(eu.body).toMatchObject({ code: 'EU-VNL1', country: 'NL', region: null, timezone: 'Europe/Amsterdam' });

    const got = await t.http.get(`/api/v1/warehouses/${eu.body.id}`).set(as(staff)).expect(200);
    expect(got.body).toEqual(eu.body);
  });

  it('rejects an unknown country, time zone and malformed code, naming each field', async () => {
    const res = await t.http
      .post('/api/v1/warehouses')
      .set(as(lead))
      .send({ ...NEWARK, code: '-BAD', country: 'XX', timezone: 'Mars/Olympus' })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(res.body)).toEqual(['code', 'country', 'timezone']);

    const alpha3 = await t.http.post('/api/v1/warehouses').set(as(lead)).send({ ...NEWARK, country: 'USA' }).expect(400);
    expect(fieldsOf(alpha3.body)).toEqual(['country']);
    const missing = await t.http.post('/api/v1/warehouses').set(as(lead)).send({ code: 'X1' }).expect(400);
    expect(fieldsOf(missing.body)).toEqual(expect.arrayContaining(['addressLine1', 'city', 'country', 'name', 'postcode', 'timezone']));
  });

  it('refuses a second warehouse with the same code', async () => {
    await t.http.post('/api/v1/warehouses').set(as(lead)).send(NEWARK).expect(201);
    const res = await t.http.post('/api/v1/warehouses').set(as(lead)).send({ ...VENLO, code: 'US-NJ1' }).expect(409);
    expect(res.body).toMatchObject({ code: 'WAREHOUSE_CODE_TAKEN', warehouseCode: 'US-NJ1' });
  });

  it('lists warehouses a page at a time, filtered by country', async () => {
    await t.http.post('/api/v1/warehouses').set(as(lead)).send(NEWARK).expect(201);
    await t.http.post('/api/v1/warehouses').set(as(lead)).send(VENLO).expect(201);
    const first = await t.http.get('/api/v1/warehouses?limit=1').set(as(staff)).expect(200);
    expect(first.body).toMatchObject({ total: 2, items: [{ code: 'EU-VNL1' }] });
    const second = await t.http.get(`/api/v1/warehouses?limit=1&cursor=${first.body.nextCursor}`).set(as(staff)).expect(200);
    expect(second.body).toMatchObject({ nextCursor: null, items: [{ code: 'US-NJ1' }] });
    const nl = await t.http.get('/api/v1/warehouses?country=nl').set(as(staff)).expect(200);
    expect(nl.body.items.map((w: { code: string }) => w.code)).toEqual(['EU-VNL1']);
  });

  it('updates and deactivates a warehouse, but never clears a required field', async () => {
    const us = await t.http.post('/api/v1/warehouses').set(as(lead)).send(NEWARK).expect(201);
    const patched = await t.http.patch(`/api/v1/warehouses/${us.body.id}`).set(as(lead)).send({ name: 'Newark 1', region: null }).expect(200);
    expect(patched.body).toMatchObject({ name: 'Newark 1', region: null, code: 'US-NJ1' });

    const cleared = await t.http.patch(`/api/v1/warehouses/${us.body.id}`).set(as(lead)).send({ name: null, timezone: 'Europe/Nowhere' }).expect(400);
    expect(fieldsOf(cleared.body)).toEqual(['name', 'timezone']);
    const code = await t.http.patch(`/api/v1/warehouses/${us.body.id}`).set(as(lead)).send({ code: 'US-NJ2' }).expect(400);
    expect(fieldsOf(code.body)).toEqual(['code']);

    const off = await t.http.post(`/api/v1/warehouses/${us.body.id}/deactivate`).set(as(lead)).expect(200);
    expect(off.body.active).toBe(false);
    const bins = await t.http.post(`/api/v1/warehouses/${us.body.id}/locations/bulk`).set(as(lead)).send({ pattern: 'A-01', type: 'storage' }).expect(409);
    expect(bins.body.code).toBe('WAREHOUSE_INACTIVE');
  });

  it('answers unknown ids with 404', async () => {
    const res = await t.http.get('/api/v1/warehouses/6f1f5a52-5f7e-4c0e-9f0e-000000000000').set(as(staff)).expect(404);
    expect(res.body.code).toBe('WAREHOUSE_NOT_FOUND');
  });

  it('lets warehouse staff read but only leads write; refuses anonymous callers', async () => {
    const us = await t.http.post('/api/v1/warehouses').set(as(lead)).send(NEWARK).expect(201);
    await t.http.get('/api/v1/warehouses').set(as(staff)).expect(200);
    await t.http.get(`/api/v1/warehouses/${us.body.id}`).set(as(staff)).expect(200);
    await t.http.post('/api/v1/warehouses').set(as(staff)).send(VENLO).expect(403);
    await t.http.patch(`/api/v1/warehouses/${us.body.id}`).set(as(staff)).send({ name: 'X' }).expect(403);
    await t.http.post(`/api/v1/warehouses/${us.body.id}/deactivate`).set(as(staff)).expect(403);
    await t.http.get('/api/v1/warehouses').expect(401);

    const admin = await t.tokenFor(Role.Admin);
    await t.http.post('/api/v1/warehouses').set(as(admin)).send(VENLO).expect(201);
  });
});
