import { randomUUID } from 'node:crypto';
import { Role } from '../../src/identity/roles';
import { StockLedgerService } from '../../src/inventory/services/stock-ledger.service';
import { StockQueryService } from '../../src/inventory/services/stock-query.service';
import { StockVerifyService } from '../../src/inventory/services/stock-verify.service';
import { createFloor, createTee, FloorFixture } from '../support/inventory-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

describe('Stock ledger and scanning', () => {
  let t: TestApp;
  let floor: FloorFixture;
  let picker: string;
  let lead: string;
  let productId: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await t.truncate();
    floor = await createFloor(t);
    productId = (await createTee(t)).id;
    picker = await t.tokenFor(Role.Warehouse);
    lead = await t.tokenFor(Role.WarehouseLead);
  });
  afterAll(() => t.close());

  const scan = (body: Record<string, unknown>, key: string = randomUUID(), token = picker) =>
    t.http.post('/api/v1/scans').set('Authorization', `Bearer ${token}`).set('Idempotency-Key', key).send(body);
  const onHand = async (code: string) => {
    const rows = await t.dataSource.query('SELECT on_hand, reserved FROM stock_balance WHERE location_id = $1', [await floor.locationId(code)]);
    return rows.length ? Number(rows[0].on_hand) : 0;
  };
  const movementCount = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM stock_movement'))[0].n);

  it('receives, puts away, moves and picks, writing one movement per scan', async () => {
    const received = await scan({ action: 'receive', location: floor.bin('RCV-01'), item: '5901234123457', quantity: 12 }).expect(201);
    expect(received.body).toMatchObject({ action: 'receive', quantity: 12, product: { code: 'TEE-BLK-M' }, location: { code: 'RCV-01' } });
    await scan({ action: 'putaway', location: floor.bin('RCV-01'), item: 'TEE-BLK-M', toLocation: floor.bin('A-01-01-01'), quantity: 12 }).expect(201);
    await scan({ action: 'move', location: floor.bin('A-01-01-01'), item: '(01)05901234123457', toLocation: floor.bin('P-01-01-01'), quantity: 5 }).expect(201);
    await scan({ action: 'pick', location: floor.bin('P-01-01-01'), item: '05901234123457', quantity: 2, reference: { type: 'outbound_order', id: 'SO-1' } }).expect(201);
    expect([await onHand('RCV-01'), await onHand('A-01-01-01'), await onHand('P-01-01-01')]).toEqual([0, 7, 3]);
    expect(await movementCount()).toBe(4);
    const history = await t.http.get('/api/v1/stock-movements').query({ productId, referenceType: 'outbound_order' }).set('Authorization', `Bearer ${picker}`).expect(200);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({ type: 'pick', quantity: 2, referenceId: 'SO-1', actorType: 'user' });
  });

  it('refuses to take more than is available with 409 STOCK_INSUFFICIENT, writing nothing', async () => {
    await scan({ action: 'receive', location: floor.bin('A-01-01-01'), item: 'TEE-BLK-M', quantity: 3 }).expect(201);
    const res = await scan({ action: 'pick', location: floor.bin('A-01-01-01'), item: 'TEE-BLK-M', quantity: 4 }).expect(409);
    expect(res.body).toMatchObject({ code: 'STOCK_INSUFFICIENT', productId, locationId: await floor.locationId('A-01-01-01'), available: 3, requested: 4 });
    expect(await onHand('A-01-01-01')).toBe(3);
    expect(await movementCount()).toBe(1);
  });

  it('a retried scan with the same key changes nothing and answers the same', async () => {
    const key = randomUUID();
    const body = { action: 'receive', location: floor.bin('RCV-01'), item: 'TEE-BLK-M', quantity: 4 };
    const first = await scan(body, key).expect(201);
    const again = await scan(body, key).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await onHand('RCV-01')).toBe(4);
    expect(await movementCount()).toBe(1);
    await t.http.post('/api/v1/scans').set('Authorization', `Bearer ${picker}`).send(body).expect(400);
  });

  it('says what was read and why when a barcode cannot be used (422)', async () => {
    const badGtin = await scan({ action: 'receive', location: floor.bin('RCV-01'), item: '5901234123458' }).expect(422);
    expect(badGtin.body).toMatchObject({ code: 'SCAN_UNREADABLE', read: '5901234123458' });
    expect(badGtin.body.errors[0].field).toBe('item');
    const unknownBin = await scan({ action: 'receive', location: 'LOC:US-NJ1:Z-99', item: 'TEE-BLK-M' }).expect(422);
    expect(unknownBin.body.detail).toContain('no location has this barcode');
    const swapped = await scan({ action: 'receive', location: 'TEE-BLK-M', item: floor.bin('RCV-01') }).expect(422);
    expect(swapped.body.code).toBe('SCAN_WRONG_KIND');
    const unknownSku = await scan({ action: 'receive', location: floor.bin('RCV-01'), item: 'NOPE-1' }).expect(422);
    expect(unknownSku.body.detail).toContain('no product has SKU NOPE-1');
  });

  it('tracks lots from GS1 element strings and requires them for lot-tracked products', async () => {
    const vitamins = await createTee(t, { sku: 'SERUM-30', gtin: '09501101530003', lotTracked: true, expiryTracked: true });
    const gs = '\u001d';
    await scan({ action: 'receive', location: floor.bin('RCV-01'), item: `]C10109501101530003${'10'}L-APR${gs}17270430`, quantity: 5 }).expect(201);
    await scan({ action: 'receive', location: floor.bin('RCV-01'), item: '(01)09501101530003(10)L-MAR(17)270331', quantity: 5 }).expect(201);
    const lots = await t.dataSource.query("SELECT code, to_char(expiry_date, 'YYYY-MM-DD') AS expiry FROM lot WHERE product_id = $1 ORDER BY code", [vitamins.id]);
    expect(lots).toEqual([{ code: 'L-APR', expiry: '2027-04-30' }, { code: 'L-MAR', expiry: '2027-03-31' }]);
    const noLot = await scan({ action: 'receive', location: floor.bin('RCV-01'), item: '09501101530003' }).expect(422);
    expect(noLot.body.code).toBe('LOT_REQUIRED');
    const noExpiry = await scan({ action: 'receive', location: floor.bin('RCV-01'), item: '09501101530003', lot: 'L-NEW' }).expect(422);
    expect(noExpiry.body.code).toBe('EXPIRY_REQUIRED');
    const notTracked = await scan({ action: 'receive', location: floor.bin('RCV-01'), item: 'TEE-BLK-M', lot: 'X1' }).expect(422);
    expect(notTracked.body.code).toBe('LOT_NOT_TRACKED');

    // FEFO: the March lot comes before the April lot.
    for (const lot of ['L-APR', 'L-MAR']) {
      await scan({ action: 'putaway', location: floor.bin('RCV-01'), item: '09501101530003', lot, toLocation: floor.bin('A-01-01-02'), quantity: 5 }).expect(201);
    }
    const candidates = await t.app.get(StockQueryService).pickCandidates(vitamins.id, floor.warehouseId);
    expect(candidates.map((c) => c.lotCode)).toEqual(['L-MAR', 'L-APR']);
  });

  it('reserves, consumes on pick and releases through the same locks', async () => {
    await scan({ action: 'receive', location: floor.bin('P-01-01-01'), item: 'TEE-BLK-M', quantity: 10 }).expect(201);
    const ledger = t.app.get(StockLedgerService);
    const locationId = await floor.locationId('P-01-01-01');
    const reservation = await ledger.reserve({ productId, locationId, lotId: null, quantity: 6, demandType: 'outbound_order_line', demandId: 'L-1' });
    const avail = await t.http.get('/api/v1/stock/TEE-BLK-M/availability').set('Authorization', `Bearer ${picker}`).expect(200);
    expect(avail.body).toMatchObject({ sku: 'TEE-BLK-M', available: 4, warehouses: [{ warehouseCode: 'US-NJ1', onHand: 10, reserved: 6, available: 4 }] });
    await expect(ledger.reserve({ productId, locationId, lotId: null, quantity: 5, demandType: 'outbound_order_line', demandId: 'L-2' })).rejects.toMatchObject({ code: 'STOCK_INSUFFICIENT' });
    // Free stock is only 4: a pick of 5 without the reservation fails, with it succeeds.
    await scan({ action: 'pick', location: floor.bin('P-01-01-01'), item: 'TEE-BLK-M', quantity: 5 }).expect(409);
    await scan({ action: 'pick', location: floor.bin('P-01-01-01'), item: 'TEE-BLK-M', quantity: 5, reservationId: reservation.id }).expect(201);
    const released = await ledger.release(reservation.id);
    expect(released).toMatchObject({ status: 'released', quantity: 0 });
    const rows = await t.dataSource.query('SELECT on_hand, reserved FROM stock_balance WHERE location_id = $1', [locationId]);
    expect(rows[0]).toEqual({ on_hand: 5, reserved: 0 });
    expect((await t.app.get(StockVerifyService).verify()).consistent).toBe(true);
  });

  it('adjusts with reason codes; large adjustments need a lead', async () => {
    const locationId = await floor.locationId('A-01-01-03');
    const adjust = (quantityDelta: number, reason: string, token = picker) =>
      t.http.post('/api/v1/stock/adjustments').set('Authorization', `Bearer ${token}`).send({ locationId, productId, quantityDelta, reason });
    await adjust(5, 'found').expect(201);
    const wrongWay = await adjust(2, 'damaged').expect(400);
    expect(wrongWay.body.errors[0].field).toBe('quantityDelta');
    await adjust(-2, 'damaged').expect(201);
    const big = await adjust(50, 'correction').expect(403);
    expect(big.body.code).toBe('ADJUSTMENT_NEEDS_LEAD');
    await adjust(50, 'correction', lead).expect(201);
    // One unit can still be too much by value (declared value 300.00 > the 200.00 limit).
    const watch = await createTee(t, { sku: 'WATCH-QTZ', gtin: '96385074', declaredValueMinor: 30000 });
    const valuable = await t.http.post('/api/v1/stock/adjustments').set('Authorization', `Bearer ${picker}`)
      .send({ locationId, productId: watch.id, quantityDelta: 1, reason: 'found' }).expect(403);
    expect(valuable.body.code).toBe('ADJUSTMENT_NEEDS_LEAD');
    expect(await onHand('A-01-01-03')).toBe(53);
    const history = await t.http.get('/api/v1/stock-movements').query({ locationId, type: 'adjustment' }).set('Authorization', `Bearer ${picker}`).expect(200);
    expect(history.body.items.map((m: { reasonCode: string }) => m.reasonCode)).toEqual(['correction', 'damaged', 'found']);
  });

  it('keeps the ledger append-only and the balances within their CHECKs, in the database itself', async () => {
    await scan({ action: 'receive', location: floor.bin('RCV-01'), item: 'TEE-BLK-M', quantity: 1 }).expect(201);
    await expect(t.dataSource.query('UPDATE stock_movement SET quantity = 99')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM stock_movement')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('UPDATE stock_balance SET on_hand = -1')).rejects.toThrow(/ck_stock_balance_on_hand/);
    await expect(t.dataSource.query('UPDATE stock_balance SET reserved = on_hand + 1')).rejects.toThrow(/ck_stock_balance_reserved/);
  });

  it('the consistency check finds a balance that disagrees with the ledger', async () => {
    await scan({ action: 'receive', location: floor.bin('RCV-01'), item: 'TEE-BLK-M', quantity: 3 }).expect(201);
    const admin = await t.tokenFor(Role.Admin);
    const ok = await t.http.get('/api/v1/stock/verify').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(ok.body).toMatchObject({ consistent: true, movements: 1, mismatches: [] });
    await t.dataSource.query('UPDATE stock_balance SET on_hand = on_hand + 1');
    const bad = await t.http.get('/api/v1/stock/verify').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(bad.body.consistent).toBe(false);
    expect(bad.body.mismatches[0]).toMatchObject({ onHand: 4, replayedOnHand: 3 });
    await t.http.get('/api/v1/stock/verify').set('Authorization', `Bearer ${lead}`).expect(403);
  });

  it('counting without an open count is refused', async () => {
    const res = await scan({ action: 'count', location: floor.bin('A-01-01-01'), item: 'TEE-BLK-M', quantity: 3 }).expect(409);
    expect(res.body.code).toBe('NO_OPEN_COUNT');
  });

  it('64 concurrent picks of 1 at 10 units: exactly 10 succeed, no negative stock, ledger replays to the balances', async () => {
    await scan({ action: 'receive', location: floor.bin('P-01-01-02'), item: 'TEE-BLK-M', quantity: 10 }).expect(201);
    const keys = Array.from({ length: 64 }, () => randomUUID());
    const pick = (key: string) => scan({ action: 'pick', location: floor.bin('P-01-01-02'), item: 'TEE-BLK-M', quantity: 1 }, key);
    const results = await Promise.all(keys.map(pick));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(54);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'STOCK_INSUFFICIENT')).toBe(true);
    expect(await onHand('P-01-01-02')).toBe(0);

    // Retrying every key (as flaky Wi-Fi would) writes no second movement.
    const succeeded = keys.filter((_, i) => statuses[i] === 201);
    const retries = await Promise.all(succeeded.map(pick));
    expect(retries.every((r) => r.status === 201 && r.headers['idempotent-replayed'] === 'true')).toBe(true);
    expect(Number((await t.dataSource.query("SELECT count(*) AS n FROM stock_movement WHERE type = 'pick'"))[0].n)).toBe(10);
    const verification = await t.app.get(StockVerifyService).verify();
    expect(verification).toMatchObject({ consistent: true, mismatches: [] });
  });
});
