import { Role } from '../../src/identity/roles';
import { createTestApp, TestApp } from '../support/test-app';

const NEWARK = {
  code: 'US-NJ1', name: 'Newark DC', addressLine1: '100 Doremus Ave', city: 'Newark', region: 'NJ', postcode: '07105', country: 'US', timezone: 'America/New_York',
};

interface LocationBody {
  id: string;
  code: string;
  zone: string | null;
  pickSequence: number;
}

describe('Warehouse locations', () => {
  let t: TestApp;
  let lead: string;
  let staff: string;
  let warehouseId: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const bulk = (body: object, token = lead) => t.http.post(`/api/v1/warehouses/${warehouseId}/locations/bulk`).set(as(token)).send(body);
  const total = async (filter = '') => (await t.http.get(`/api/v1/warehouses/${warehouseId}/locations?limit=1${filter}`).set(as(staff)).expect(200)).body.total as number;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await t.truncate();
    [lead, staff] = await Promise.all([t.tokenFor(Role.WarehouseLead), t.tokenFor(Role.Warehouse)]);
    warehouseId = (await t.http.post('/api/v1/warehouses').set(as(lead)).send(NEWARK).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it('bulk-creates a range once, refuses it whole the second time, then adds only the missing bins', async () => {
    expect((await bulk({ pattern: 'a-01..05-01..10-01..04', type: 'storage', capacity: 40 }).expect(201)).body).toEqual({ created: 200, skipped: 0 });
    expect(await total()).toBe(200);

    const again = await bulk({ pattern: 'A-01..05-01..10-01..04', type: 'storage' }).expect(409);
    expect(again.body).toMatchObject({ code: 'LOCATION_EXISTS', existingCount: 200 });
    expect(again.body.existing).toHaveLength(20);
    expect(again.body.existing[0]).toBe('A-01-01-01');

    const wider = await bulk({ pattern: 'A-01..06-01..10-01..04', type: 'storage' }).expect(409);
    expect(wider.body.existingCount).toBe(200);
    expect(await total()).toBe(200);

    expect((await bulk({ pattern: 'A-01..06-01..10-01..04', type: 'storage', skipExisting: true }).expect(201)).body).toEqual({ created: 40, skipped: 200 });
    expect(await total()).toBe(240);
    expect(await total('&q=A-06-')).toBe(40);
  });

  it('rejects bad ranges with a 400 naming the pattern and the rule', async () => {
    for (const [pattern, rule] of [['A-05..01', /descending/], ['A..5', /numbers .* or single letters/], ['A--01', /empty/], ['A..Z-01..99-01..10', /at most 10000/]] as const) {
      const res = await bulk({ pattern, type: 'storage' }).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'pattern', message: expect.stringMatching(rule) }] });
    }
    const res = await bulk({ pattern: 'A-01', type: 'attic', capacity: 0 }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['capacity', 'type']);
    expect(await total()).toBe(0);
  });

  it('finds a bin by the barcode on its label', async () => {
    await bulk({ pattern: 'A-01..02-01..03-01..04', type: 'pick_face' }).expect(201);
    const res = await t.http.get('/api/v1/locations/by-barcode/LOC:US-NJ1:A-01-02-03').set(as(staff)).expect(200);
    expect(res.body).toMatchObject({ warehouseId, code: 'A-01-02-03', zone: 'A', aisle: '01', rack: '02', level: '03', type: 'pick_face', barcode: 'LOC:US-NJ1:A-01-02-03' });
    const missing = await t.http.get(`/api/v1/locations/by-barcode/${encodeURIComponent('LOC:US-NJ1:Z-99')}`).set(as(staff)).expect(404);
    expect(missing.body.code).toBe('LOCATION_NOT_FOUND');
  });

  it('lists one zone a page at a time, every bin exactly once, in code or walk order', async () => {
    await bulk({ pattern: 'A-01..03-01..05-01..04', type: 'storage' }).expect(201);
    await bulk({ pattern: 'B-01..02-01..05-01..04', type: 'storage' }).expect(201);
    for (const sort of ['code', '-pickSequence']) {
      const seen: LocationBody[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const page: { body: { items: LocationBody[]; nextCursor: string | null; total: number } } = await t.http
          .get(`/api/v1/warehouses/${warehouseId}/locations?zone=a&limit=7&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`)
          .set(as(staff))
          .expect(200);
        expect(page.body.total).toBe(60);
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
      }
      expect(seen).toHaveLength(60);
      expect(new Set(seen.map((l) => l.id)).size).toBe(60);
      expect(seen.every((l) => l.zone === 'A')).toBe(true);
    }
  });

  it('numbers the walk order in range order and appends single bins after it', async () => {
    await bulk({ pattern: 'A-01-01..03', type: 'storage' }).expect(201);
    const single = await t.http.post(`/api/v1/warehouses/${warehouseId}/locations`).set(as(lead)).send({ code: 'dock1', type: 'receiving' }).expect(201);
    expect(single.body).toMatchObject({ code: 'DOCK1', zone: null, pickSequence: 40, barcode: 'LOC:US-NJ1:DOCK1', capacity: null });
    const walk = await t.http.get(`/api/v1/warehouses/${warehouseId}/locations?sort=pickSequence`).set(as(staff)).expect(200);
    expect(walk.body.items.map((l: LocationBody) => [l.code, l.pickSequence])).toEqual([['A-01-01', 10], ['A-01-02', 20], ['A-01-03', 30], ['DOCK1', 40]]);

    const dup = await t.http.post(`/api/v1/warehouses/${warehouseId}/locations`).set(as(lead)).send({ code: 'DOCK1', type: 'shipping' }).expect(409);
    expect(dup.body).toMatchObject({ code: 'LOCATION_EXISTS', existing: ['DOCK1'] });
  });

  it('changes a bin’s type and capacity, and deactivates it', async () => {
    await bulk({ pattern: 'A-01-01-01', type: 'storage', capacity: 10 }).expect(201);
    const [bin] = (await t.http.get(`/api/v1/warehouses/${warehouseId}/locations`).set(as(staff)).expect(200)).body.items as LocationBody[];
    const patched = await t.http.patch(`/api/v1/locations/${bin.id}`).set(as(lead)).send({ type: 'quarantine', capacity: null }).expect(200);
    expect(patched.body).toMatchObject({ type: 'quarantine', capacity: null, code: 'A-01-01-01' });
    const bad = await t.http.patch(`/api/v1/locations/${bin.id}`).set(as(lead)).send({ type: null, capacity: -1, code: 'B' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['capacity', 'code', 'type']);

    await t.http.post(`/api/v1/locations/${bin.id}/deactivate`).set(as(lead)).expect(200);
    expect(await total('&active=false&type=quarantine')).toBe(1);
    expect(await total('&active=true')).toBe(0);
  });

  it('lets warehouse staff read but only leads write; refuses anonymous callers', async () => {
    await bulk({ pattern: 'A-01-01-01', type: 'storage' }).expect(201);
    const [bin] = (await t.http.get(`/api/v1/warehouses/${warehouseId}/locations`).set(as(staff)).expect(200)).body.items as LocationBody[];
    await t.http.get(`/api/v1/locations/${bin.id}`).set(as(staff)).expect(200);
    await bulk({ pattern: 'A-01-01-02', type: 'storage' }, staff).expect(403);
    await t.http.post(`/api/v1/warehouses/${warehouseId}/locations`).set(as(staff)).send({ code: 'X', type: 'storage' }).expect(403);
    await t.http.patch(`/api/v1/locations/${bin.id}`).set(as(staff)).send({ type: 'packing' }).expect(403);
    await t.http.post(`/api/v1/locations/${bin.id}/deactivate`).set(as(staff)).expect(403);
    await t.http.get(`/api/v1/locations/${bin.id}`).expect(401);
    await t.http.get('/api/v1/locations/by-barcode/LOC:US-NJ1:A-01-01-01').expect(401);
  });

  it('creates 2000 bins in one call', async () => {
    const res = await bulk({ pattern: 'A..E-01..10-01..04-01..10', type: 'storage' }).expect(201);
    expect(res.body).toEqual({ created: 2000, skipped: 0 });
    expect(await total()).toBe(2000);
  });
});
