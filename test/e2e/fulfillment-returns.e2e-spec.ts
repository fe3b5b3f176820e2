import { randomUUID } from 'node:crypto';
import { Transactions } from '../../src/common/database/transactions.service';
import { OutboxRelay } from '../../src/common/jobs/outbox-relay.service';
import { ParcelDispatchService } from '../../src/fulfillment/dispatch/parcel-dispatch.service';
import { ParcelQueryService } from '../../src/fulfillment/packing/parcel-query.service';
import { Role } from '../../src/identity/roles';
import { LocationType } from '../../src/inventory/entities/location.entity';
import { LocationService } from '../../src/inventory/services/location.service';
import { createItem, createShopKey, orderBody, receive } from '../support/fulfillment-fixtures';
import { createFloor, createTee, FloorFixture } from '../support/inventory-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

type PickLine = { sku: string; locationCode: string; openQuantity: number; status: string; toteSlot: number };

/** A shipped order comes back: RMA, receipt at the dock with restock, quarantine and scrap. */
describe('Fulfillment: returns', () => {
  let t: TestApp;
  let floor: FloorFixture;
  let worker: string;
  let lead: string;
  let logistics: string;
  let admin: string;
  let orderId: string;
  let returnId: string;

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const authorize = (body: Record<string, unknown>, token = logistics) => t.http.post('/api/v1/returns').set(as(token)).send(body);
  const receiveReturn = (body: Record<string, unknown>, token = worker) =>
    t.http.post(`/api/v1/returns/${returnId}/receive`).set(as(token)).set('Idempotency-Key', randomUUID()).send(body);
  const orderStatus = async () => (await t.http.get(`/api/v1/outbound-orders/${orderId}`).set(as(lead)).expect(200)).body.status as string;
  const onHand = async (code: string) => {
    const [row] = await t.dataSource.query('SELECT COALESCE(sum(on_hand), 0)::int AS n FROM stock_balance WHERE location_id = $1', [await floor.locationId(code)]);
    return Number(row.n);
  };

  /** Order in, allocated, waved, picked and packed into one parcel, all through the API. */
  async function packedOrder(shop: string): Promise<string> {
    const id = (await t.http.post('/api/v1/outbound-orders').set('X-Api-Key', shop).send(orderBody('SHOP-R1', [{ sku: 'TEE-BLK-M', quantity: 3 }, { sku: 'MUG-WHT', quantity: 1 }])).expect(201)).body.id as string;
    await t.app.get(OutboxRelay).tick();
    const wave = await t.http.post('/api/v1/waves').set(as(lead)).send({ warehouseId: floor.warehouseId, maxOrders: 10, maxLines: 50 }).expect(201);
    const released = await t.http.post(`/api/v1/waves/${wave.body.id}/release`).set(as(lead)).send({}).expect(200);
    for (const { id: listId } of released.body.pickLists as { id: string }[]) {
      const list = await t.http.get(`/api/v1/pick-lists/${listId}`).set(as(worker)).expect(200);
      for (const l of (list.body.lines as PickLine[]).filter((line) => line.status === 'open')) {
        await t.http.post(`/api/v1/pick-lists/${listId}/picks`).set(as(worker)).send({ location: floor.bin(l.locationCode), item: l.sku, quantity: l.openQuantity, tote: l.toteSlot }).expect(201);
      }
    }
    const parcelId = (await t.http.post(`/api/v1/pack-sessions/${id}/parcels`).set(as(worker)).send({}).expect(201)).body.openParcelId as string;
    for (const item of ['TEE-BLK-M', 'MUG-WHT']) {
      await t.http.post(`/api/v1/pack-sessions/${id}/parcels/${parcelId}/items`).set(as(worker)).set('Idempotency-Key', randomUUID()).send({ item, quantity: item === 'MUG-WHT' ? 1 : 3 }).expect(200);
    }
    await t.http.post(`/api/v1/pack-sessions/${id}/parcels/${parcelId}/close`).set(as(worker)).send({ grossWeightG: 1_100 }).expect(200);
    return id;
  }

  /** The carrier hand-over, as a pickup confirmation makes it: the order's parcels ship. */
  async function handOverToCarrier(id: string): Promise<void> {
    const parcels = await t.app.get(ParcelQueryService).closedParcels(id);
    await t.app.get(Transactions).run((manager) =>
      t.app.get(ParcelDispatchService).ship(manager, parcels.map((p) => p.parcel.id), { kind: 'system', id: 'returns-test' }),
    );
  }

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'true', OUTBOX_POLL_INTERVAL_MS: '3600000' });
    await t.truncate();
    floor = await createFloor(t);
    await t.app.get(LocationService).bulkCreate(floor.warehouseId, { pattern: 'SHIP-01', type: LocationType.Shipping });
    [worker, lead, logistics, admin] = await Promise.all([Role.Warehouse, Role.WarehouseLead, Role.Logistics, Role.Admin].map((r) => t.tokenFor(r)));
    await createTee(t);
    await createItem(t, 'MUG-WHT', { netWeightG: 350, lengthMm: 120, widthMm: 90, heightMm: 100 });
    await createItem(t, 'CAP-RED', { netWeightG: 90 });
    await receive(t, worker, floor.bin('A-01-01-01'), 'TEE-BLK-M', 3);
    await receive(t, worker, floor.bin('A-01-01-03'), 'MUG-WHT', 1);
    await t.http.post('/api/v1/box-types').set(as(lead))
      .send({ code: 'BOX-M', name: 'Medium', innerLengthMm: 350, innerWidthMm: 260, innerHeightMm: 150, tareWeightG: 180, maxGrossWeightG: 10_000 }).expect(201);
    orderId = await packedOrder(await createShopKey(t, 'SHOP'));
  });
  afterAll(() => t.close());

  it('authorizes returns only for shipped orders', async () => {
    const early = await authorize({ orderId, lines: [{ sku: 'TEE-BLK-M', quantity: 1, reasonCode: 'wrong_size' }] }).expect(409);
    expect(early.body).toMatchObject({ code: 'RETURN_ORDER_NOT_SHIPPED', state: 'packed' });
    await handOverToCarrier(orderId);
    expect(await orderStatus()).toBe('shipped');
    expect(await onHand('SHIP-01')).toBe(0);
  });

  it('authorizes at most what was shipped and not yet returned, with reason codes', async () => {
    await authorize({ orderId, lines: [{ sku: 'TEE-BLK-M', quantity: 1, reasonCode: 'wrong_size' }] }, worker).expect(403);
    const invalid = await authorize({
      orderId,
      lines: [{ sku: 'TEE-BLK-M', quantity: 4, reasonCode: 'wrong_size' }, { sku: 'CAP-RED', quantity: 1, reasonCode: 'other' }],
    }).expect(422);
    expect(invalid.body.code).toBe('RETURN_LINES_INVALID');
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(['lines[0].quantity', 'lines[1]']);
    await authorize({ orderId, lines: [{ sku: 'TEE-BLK-M', quantity: 1, reasonCode: 'bored' }] }).expect(400);

    const rma = await authorize({
      orderId,
      lines: [{ sku: 'tee-blk-m', quantity: 3, reasonCode: 'wrong_size' }, { sku: 'MUG-WHT', quantity: 1, reasonCode: 'damaged' }],
    }).expect(201);
    returnId = rma.body.id;
    expect(rma.body).toMatchObject({ status: 'authorized', orderExternalId: 'SHOP-R1', lines: [{ sku: 'TEE-BLK-M', openQuantity: 3 }, { sku: 'MUG-WHT', openQuantity: 1 }] });
    const again = await authorize({ orderId, lines: [{ sku: 'TEE-BLK-M', quantity: 1, reasonCode: 'changed_mind' }] }, lead).expect(422);
    expect(again.body.errors[0].message).toContain('at most 0 of TEE-BLK-M');
  });

  it('restocks into a storage bin through a `return` movement', async () => {
    await receiveReturn({ item: 'TEE-BLK-M', quantity: 2, disposition: 'restock' }, logistics).expect(403);
    expect((await receiveReturn({ item: 'TEE-BLK-M', quantity: 2, disposition: 'restock' }).expect(422)).body.code).toBe('RESTOCK_LOCATION_REQUIRED');
    const packing = await receiveReturn({ item: 'TEE-BLK-M', quantity: 2, disposition: 'restock', location: floor.bin('PACK-01') }).expect(422);
    expect(packing.body.code).toBe('RESTOCK_LOCATION_UNSUITABLE');
    const wrong = await receiveReturn({ item: 'CAP-RED', disposition: 'restock', location: floor.bin('A-01-01-02') }).expect(422);
    expect(wrong.body).toMatchObject({ code: 'RETURN_WRONG_ITEM', expected: [{ sku: 'TEE-BLK-M', open: 3 }, { sku: 'MUG-WHT', open: 1 }] });

    const restocked = await receiveReturn({ item: '5901234123457', quantity: 2, disposition: 'restock', location: floor.bin('A-01-01-02') }).expect(200);
    expect(restocked.body).toMatchObject({ sku: 'TEE-BLK-M', quantity: 2, disposition: 'restock', locationCode: 'A-01-01-02' });
    expect(restocked.body.movementIds).toHaveLength(1);
    expect(await onHand('A-01-01-02')).toBe(2);
    const [movement] = await t.dataSource.query('SELECT type, quantity, reference_type, reference_id FROM stock_movement WHERE id = $1', [restocked.body.movementIds[0]]);
    expect(movement).toEqual({ type: 'return', quantity: 2, reference_type: 'return', reference_id: returnId });
    const tooMany = await receiveReturn({ item: 'TEE-BLK-M', quantity: 2, disposition: 'quarantine' }).expect(422);
    expect(tooMany.body.code).toBe('RETURN_QUANTITY_EXCEEDS');
  });

  it('quarantines and scraps the rest; the return is received and the order returned', async () => {
    const quarantined = await receiveReturn({ item: 'TEE-BLK-M', disposition: 'quarantine' }).expect(200);
    expect(quarantined.body).toMatchObject({ locationCode: 'QC-01', return: { status: 'authorized' } });
    expect(await onHand('QC-01')).toBe(1);
    expect(await orderStatus()).toBe('shipped');

    const movementsBefore = Number((await t.dataSource.query('SELECT count(*) AS n FROM stock_movement'))[0].n);
    const scrapped = await receiveReturn({ item: 'MUG-WHT', disposition: 'scrap' }).expect(200);
    expect(scrapped.body).toMatchObject({ locationCode: null, movementIds: [], return: { status: 'received' } });
    expect(scrapped.body.return.lines).toEqual([
      expect.objectContaining({ sku: 'TEE-BLK-M', restockedQuantity: 2, quarantinedQuantity: 1, scrappedQuantity: 0, openQuantity: 0 }),
      expect.objectContaining({ sku: 'MUG-WHT', restockedQuantity: 0, quarantinedQuantity: 0, scrappedQuantity: 1, openQuantity: 0 }),
    ]);
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM stock_movement'))[0].n)).toBe(movementsBefore);
    expect(await orderStatus()).toBe('returned');
    await receiveReturn({ item: 'MUG-WHT', disposition: 'scrap' }).expect(409);

    const verify = await t.http.get('/api/v1/stock/verify').set(as(admin)).expect(200);
    expect(verify.body.consistent).toBe(true);
  });

  it('lists and closes returns', async () => {
    const list = await t.http.get('/api/v1/returns').query({ orderId }).set(as(worker)).expect(200);
    expect(list.body.items.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([[returnId, 'received']]);
    const closed = await t.http.post(`/api/v1/returns/${returnId}/close`).set(as(logistics)).send({}).expect(200);
    expect(closed.body.status).toBe('closed');
    await t.http.post(`/api/v1/returns/${returnId}/close`).set(as(logistics)).send({}).expect(409);
  });
});
