import { randomUUID } from 'node:crypto';
import { Role } from '../../src/identity/roles';
import { MovementType } from '../../src/inventory/entities/stock-movement.entity';
import { StockLedgerService } from '../../src/inventory/services/stock-ledger.service';
import { createFloor, createTee, FloorFixture } from '../support/inventory-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

interface LineBody {
  id: string;
  locationCode: string;
  sku: string;
  expected?: number;
  counted: number | null;
  variance?: number | null;
  recountRequested: boolean;
}

describe('Cycle counts', () => {
  let t: TestApp;
  let floor: FloorFixture;
  let worker: string;
  let lead: string;
  let teeId: string;
  let capId: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await t.truncate();
    floor = await createFloor(t);
    teeId = (await createTee(t)).id;
    capId = (await createTee(t, { sku: 'CAP-RED', gtin: null, nameEn: 'Baseball cap, red', declaredValueMinor: 1200 })).id;
    [worker, lead] = await Promise.all([t.tokenFor(Role.Warehouse), t.tokenFor(Role.WarehouseLead)]);
  });
  afterAll(() => t.close());

  const scan = (body: Record<string, unknown>, token = worker) => t.http.post('/api/v1/scans').set(as(token)).set('Idempotency-Key', randomUUID()).send(body);
  const receive = (bin: string, item: string, quantity: number) => scan({ action: 'receive', location: floor.bin(bin), item, quantity }).expect(201);
  const countScan = (bin: string, item: string, quantity: number) => scan({ action: 'count', location: floor.bin(bin), item, quantity });
  const create = (body: Record<string, unknown>, token = lead) => t.http.post('/api/v1/cycle-counts').set(as(token)).send(body);
  const idsOf = (...bins: string[]) => Promise.all(bins.map((b) => floor.locationId(b)));
  /** Resolves to the response, so that several can run at once. */
  const createFor = async (...bins: string[]) => create({ warehouseId: floor.warehouseId, locationIds: await idsOf(...bins) });
  const open = async (...bins: string[]) => {
    const res = await createFor(...bins);
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201 });
    return res;
  };
  const action = (id: string, step: string, token = lead, body: object = {}) => t.http.post(`/api/v1/cycle-counts/${id}/${step}`).set(as(token)).send(body);
  const view = (id: string, token: string) => t.http.get(`/api/v1/cycle-counts/${id}`).set(as(token)).expect(200);
  const lineOf = (lines: LineBody[], bin: string, sku: string) => lines.find((l) => l.locationCode === bin && l.sku === sku)!;
  const onHand = async (bin: string, productId = teeId) =>
    Number((await t.dataSource.query('SELECT on_hand FROM stock_balance WHERE location_id = $1 AND product_id = $2', [await floor.locationId(bin), productId]))[0]?.on_hand ?? 0);
  const available = async () => (await t.http.get('/api/v1/stock/TEE-BLK-M/availability').set(as(worker)).expect(200)).body.available as number;
  const movementCount = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM stock_movement'))[0].n);

  it('freezes, counts blind, recounts and approves the variances as count movements', async () => {
    await receive('A-01-01-01', 'TEE-BLK-M', 10);
    await receive('A-01-01-02', 'TEE-BLK-M', 5);
    await receive('P-01-01-01', 'TEE-BLK-M', 4);
    expect(await available()).toBe(19);

    const created = await open('A-01-01-01', 'A-01-01-02');
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ status: 'open', locationCount: 2, progress: { lines: 2, counted: 0 }, blind: false });

    const frozen = await scan({ action: 'pick', location: floor.bin('A-01-01-01'), item: 'TEE-BLK-M', quantity: 1 }).expect(409);
    expect(frozen.body).toMatchObject({ code: 'LOCATION_UNUSABLE', locationId: await floor.locationId('A-01-01-01') });
    expect(frozen.body.detail).toContain('frozen');
    expect(await available()).toBe(4);

    const blind = (await view(id, worker)).body;
    expect(blind.blind).toBe(true);
    expect(blind.totals).toBeUndefined();
    expect(blind.lines).toHaveLength(2);
    for (const line of blind.lines) {
      expect(line).not.toHaveProperty('expected');
      expect(line).not.toHaveProperty('variance');
    }
    const full = (await view(id, lead)).body;
    expect(lineOf(full.lines, 'A-01-01-01', 'TEE-BLK-M')).toMatchObject({ expected: 10, counted: null, variance: null });
    expect(full.totals).toMatchObject({ expectedUnits: 15, countedUnits: 0 });

    await countScan('A-01-01-01', 'TEE-BLK-M', 8).expect(201);
    expect((await action(id, 'submit', worker).expect(409)).body).toMatchObject({ code: 'CYCLE_COUNT_INCOMPLETE', incompleteLines: 1 });
    await countScan('A-01-01-02', '5901234123457', 5).expect(201);
    const found = await countScan('A-01-01-02', 'CAP-RED', 3).expect(201);
    expect(found.body).toMatchObject({ cycleCountId: id, movementIds: [] });
    expect((await action(id, 'submit', worker).expect(200)).body).toMatchObject({ status: 'counted', progress: { lines: 3, counted: 3 } });

    const variances = (await t.http.get(`/api/v1/cycle-counts/${id}/variances`).set(as(lead)).expect(200)).body;
    expect(variances.lines.map((l: LineBody) => [l.locationCode, l.sku, l.variance])).toEqual([
      ['A-01-01-01', 'TEE-BLK-M', -2],
      ['A-01-01-02', 'CAP-RED', 3],
    ]);
    expect(variances.totals).toMatchObject({ varianceUnits: 1, value: [{ currency: 'USD', varianceMinor: -2 * 450 + 3 * 1200 }] });

    const short = lineOf(full.lines, 'A-01-01-01', 'TEE-BLK-M');
    const reopened = await action(id, 'recount', lead, { lineIds: [short.id], reason: 'Short by two; check the back of the shelf' }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', progress: { counted: 2, recountRequested: 1 } });
    expect(lineOf(reopened.body.lines, 'A-01-01-01', 'TEE-BLK-M')).toMatchObject({ counted: null, recountRequested: true });
    await action(id, 'submit', worker).expect(409);
    await action(id, `lines/${short.id}/count`, worker, { counted: 8 }).expect(200);
    await action(id, 'submit', worker).expect(200);

    const approved = await action(id, 'approve').expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: expect.stringContaining('@test.local'), allowedActions: [] });
    const movements = await t.http.get('/api/v1/stock-movements').query({ referenceType: 'cycle_count', referenceId: id }).set(as(lead)).expect(200);
    const posted = movements.body.items.map((m: { type: string; productId: string; fromLocationId: string | null; toLocationId: string | null; quantity: number; reasonCode: string }) => [
      m.type, m.productId, m.fromLocationId, m.toLocationId, m.quantity, m.reasonCode,
    ]);
    expect(posted).toHaveLength(2);
    expect(posted).toEqual(
      expect.arrayContaining([
        ['count', teeId, await floor.locationId('A-01-01-01'), null, 2, 'count_variance'],
        ['count', capId, null, await floor.locationId('A-01-01-02'), 3, 'count_variance'],
      ]),
    );
    expect([await onHand('A-01-01-01'), await onHand('A-01-01-02'), await onHand('A-01-01-02', capId)]).toEqual([8, 5, 3]);
    const verify = await t.http.get('/api/v1/stock/verify').set(as(await t.tokenFor(Role.Admin))).expect(200);
    expect(verify.body).toMatchObject({ consistent: true, mismatches: [] });

    await scan({ action: 'pick', location: floor.bin('A-01-01-01'), item: 'TEE-BLK-M', quantity: 1 }).expect(201);
    expect(await available()).toBe(8 + 5 + 4 - 1);
  });

  it('cancelling releases the bins without moving stock', async () => {
    await receive('A-01-01-03', 'TEE-BLK-M', 6);
    const id = (await open('A-01-01-03')).body.id as string;
    await countScan('A-01-01-03', 'TEE-BLK-M', 1).expect(201);
    const before = await movementCount();
    expect((await action(id, 'cancel').expect(200)).body).toMatchObject({ status: 'cancelled', allowedActions: [] });
    expect(await movementCount()).toBe(before);
    expect(await onHand('A-01-01-03')).toBe(6);
    await scan({ action: 'pick', location: floor.bin('A-01-01-03'), item: 'TEE-BLK-M', quantity: 2 }).expect(201);
    await countScan('A-01-01-03', 'TEE-BLK-M', 4).expect(409);
  });

  it('refuses illegal transitions with 409, the state and the allowed actions', async () => {
    await receive('A-01-01-01', 'TEE-BLK-M', 2);
    const id = (await open('A-01-01-01')).body.id as string;
    const early = await action(id, 'approve').expect(409);
    expect(early.body).toMatchObject({ code: 'CYCLE_COUNT_ILLEGAL_TRANSITION', state: 'open', allowedActions: ['count', 'submit', 'recount', 'cancel'] });

    const lineId = (await view(id, lead)).body.lines[0].id as string;
    await action(id, `lines/${lineId}/count`, worker, { counted: 2 }).expect(200);
    await action(id, 'submit', worker).expect(200);
    const late = await action(id, `lines/${lineId}/count`, worker, { counted: 3 }).expect(409);
    expect(late.body).toMatchObject({ state: 'counted', allowedActions: ['recount', 'approve', 'cancel'] });
    const lateScan = await countScan('A-01-01-01', 'TEE-BLK-M', 3).expect(409);
    expect(lateScan.body).toMatchObject({ code: 'CYCLE_COUNT_ILLEGAL_TRANSITION', state: 'counted' });
    // A clean count posts nothing and still releases the bin.
    await action(id, 'approve').expect(200);
    expect(await movementCount()).toBe(1);
    const again = await action(id, 'cancel').expect(409);
    expect(again.body).toMatchObject({ state: 'approved', allowedActions: [] });
  });

  it('approval refuses to post when the stock in a frozen bin no longer matches the snapshot', async () => {
    await receive('A-01-01-01', 'TEE-BLK-M', 3);
    const id = (await open('A-01-01-01')).body.id as string;
    await countScan('A-01-01-01', 'TEE-BLK-M', 3).expect(201);
    await action(id, 'submit', worker).expect(200);
    // What a posting that passed the freeze check just before the count was created would leave behind.
    await t.app.get(StockLedgerService).post({ actor: { kind: 'system', id: 'test' } }, [
      { type: MovementType.Count, productId: teeId, toLocationId: await floor.locationId('A-01-01-01'), quantity: 1 },
    ]);
    const before = await movementCount();
    const refused = await action(id, 'approve').expect(409);
    expect(refused.body).toMatchObject({ code: 'CYCLE_COUNT_STOCK_CHANGED', differences: [{ productId: teeId, expected: 3, onHand: 4 }] });
    expect(await movementCount()).toBe(before);
    expect((await view(id, lead)).body.status).toBe('counted');
  });

  it('a bin can be in one open count only, also when two leads ask at once', async () => {
    await receive('A-01-01-01', 'CAP-RED', 1);
    await receive('A-01-01-02', 'CAP-RED', 1);
    const [first, second] = await Promise.all([createFor('A-01-01-01', 'P-01-01-01'), createFor('P-01-01-01', 'A-01-01-03')]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const refused = first.status === 409 ? first : second;
    expect(refused.body).toMatchObject({ code: 'LOCATION_IN_OPEN_COUNT', locations: [{ locationCode: 'P-01-01-01' }] });

    // By product: every bin holding it, and the bin already frozen is named.
    const byProduct = await create({ warehouseId: floor.warehouseId, productIds: [capId] });
    if (first.status === 201) {
      expect(byProduct.status).toBe(409);
      expect(byProduct.body.locations.map((l: { locationCode: string }) => l.locationCode)).toEqual(['A-01-01-01']);
    } else {
      expect(byProduct.status).toBe(201);
      expect(byProduct.body.locations.map((l: { code: string }) => l.code).sort()).toEqual(['A-01-01-01', 'A-01-01-02']);
      expect(byProduct.body.productIds).toEqual([capId]);
    }
  });

  it('only leads create, recount and approve; workers get 403', async () => {
    await open('A-01-01-01');
    const attempt = await create({ warehouseId: floor.warehouseId, locationIds: await idsOf('A-01-01-02') }, worker).expect(403);
    expect(attempt.body.code).toBe('FORBIDDEN');
    const id = (await t.http.get('/api/v1/cycle-counts').query({ status: 'open' }).set(as(worker)).expect(200)).body.items[0].id as string;
    await action(id, 'approve', worker).expect(403);
    await action(id, 'recount', worker, { lineIds: ['1'], reason: 'x' }).expect(403);
    await t.http.get(`/api/v1/cycle-counts/${id}/variances`).set(as(worker)).expect(403);
  });

  it('names the field for bad input (400) and for bins it cannot count (422)', async () => {
    const field = (res: { body: { errors: { field: string }[] } }) => res.body.errors.map((e) => e.field);
    expect(field(await create({ warehouseId: floor.warehouseId, locationIds: [] }).expect(400))).toContain('locationIds');
    expect(field(await create({ warehouseId: floor.warehouseId }).expect(400))).toEqual(['locationIds']);
    expect(field(await create({ warehouseId: floor.warehouseId, locationIds: ['A-01-01-01'] }).expect(400))).toContain('locationIds');
    expect(field(await create({ warehouseId: 'nope', locationIds: [randomUUID()] }).expect(400))).toEqual(['warehouseId']);

    const elsewhere = await createFloor(t, 'EU-NL1');
    const foreign = await create({ warehouseId: floor.warehouseId, locationIds: [await elsewhere.locationId('A-01-01-01')] }).expect(422);
    expect(foreign.body).toMatchObject({ code: 'CYCLE_COUNT_SCOPE_INVALID', errors: [{ field: 'locationIds', message: expect.stringContaining('another warehouse') }] });
    const unknown = await create({ warehouseId: floor.warehouseId, locationIds: [randomUUID()] }).expect(422);
    expect(field(unknown)).toEqual(['locationIds']);
    const nothingHeld = await create({ warehouseId: floor.warehouseId, productIds: [teeId] }).expect(422);
    expect(field(nothingHeld)).toEqual(['productIds']);

    expect(field(await t.http.get('/api/v1/cycle-counts/not-a-uuid').set(as(lead)).expect(400))).toEqual(['id']);
    await t.http.get(`/api/v1/cycle-counts/${randomUUID()}`).set(as(lead)).expect(404);
    const id = (await open('A-01-01-01')).body.id as string;
    expect(field(await action(id, 'lines/abc/count', worker, { counted: 1 }).expect(400))).toEqual(['lineId']);
    expect(field(await action(id, 'lines/1/count', worker, { counted: -1 }).expect(400))).toEqual(['counted']);
    expect(field(await action(id, 'recount', lead, { lineIds: ['999'], reason: 'check' }).expect(422))).toEqual(['lineIds']);
  });
});
