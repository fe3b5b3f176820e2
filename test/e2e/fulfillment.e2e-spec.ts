import { OutboxRelay } from '../../src/common/jobs/outbox-relay.service';
import { Role } from '../../src/identity/roles';
import { StockVerifyService } from '../../src/inventory/services/stock-verify.service';
import { addAisles, createItem, createShopKey, orderBody, receive, reservedUnits } from '../support/fulfillment-fixtures';
import { createFloor, FloorFixture } from '../support/inventory-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

type Line = { id: string; seq: number; sku: string; locationCode: string; openQuantity: number; status: string; toteSlot: number };

/** The Done-means path, step by step: each test builds on the one before. */
describe('Fulfillment: orders in, allocation, waves, picking', () => {
  let t: TestApp;
  let floor: FloorFixture;
  let shop: string;
  let otherShop: string;
  let picker: string;
  let lead: string;
  let buyer: string;
  const ids: Record<string, string> = {};
  const orders: Record<string, string> = {};
  let singleList: string;
  let batchList: string;

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const asShop = (key = shop) => ({ 'X-Api-Key': key });
  const getOrder = (id: string) => t.http.get(`/api/v1/outbound-orders/${id}`).set(as(lead)).expect(200);
  const getList = async (id: string) => (await t.http.get(`/api/v1/pick-lists/${id}`).set(as(picker)).expect(200)).body as { kind: string; status: string; lines: Line[] };
  const pick = (listId: string, body: Record<string, unknown>) => t.http.post(`/api/v1/pick-lists/${listId}/picks`).set(as(picker)).send(body);

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'true', OUTBOX_POLL_INTERVAL_MS: '3600000', FULFILLMENT_SINGLE_ORDER_LINES: '4', FULFILLMENT_CART_TOTES: '4' });
    await t.truncate();
    floor = await createFloor(t);
    await addAisles(t, floor.warehouseId);
    [picker, lead, buyer] = await Promise.all([t.tokenFor(Role.Warehouse), t.tokenFor(Role.WarehouseLead), t.tokenFor(Role.Procurement)]);
    shop = await createShopKey(t, 'SHOP');
    otherShop = await createShopKey(t, 'OTHER');
    for (const sku of ['DRESS-RED-M', 'BELT-BRN', 'CLIP-GLD', 'OUTFIT-RED-M', 'TEE-1']) ids[sku] = await createItem(t, sku);
    for (const [bin, sku, quantity] of [
      ['P-01-01-01', 'DRESS-RED-M', 1], ['A-03-02-01', 'DRESS-RED-M', 5], ['A-02-03-01', 'BELT-BRN', 4], ['A-02-01-01', 'CLIP-GLD', 10],
      ['A-01-01-02', 'TEE-1', 3], ['A-01-01-03', 'TEE-1', 5],
    ] as const) {
      await receive(t, picker, floor.bin(bin), sku, quantity);
    }
  });
  afterAll(() => t.close());

  it('defines an outfit kit by its components', async () => {
    const components = [
      { productId: ids['DRESS-RED-M'], quantity: 1 },
      { productId: ids['BELT-BRN'], quantity: 1 },
      { productId: ids['CLIP-GLD'], quantity: 2 },
    ];
    await t.http.put(`/api/v1/products/${ids['OUTFIT-RED-M']}/components`).set(as(picker)).send({ components }).expect(403);
    const kit = await t.http.put(`/api/v1/products/${ids['OUTFIT-RED-M']}/components`).set(as(buyer)).send({ components }).expect(200);
    expect(kit.body).toMatchObject({ sku: 'OUTFIT-RED-M', isKit: true });
    expect(kit.body.components.map((c: { sku: string; quantity: number }) => `${c.sku}×${c.quantity}`)).toEqual(['BELT-BRN×1', 'CLIP-GLD×2', 'DRESS-RED-M×1']);
    const nested = await t.http.put(`/api/v1/products/${ids['TEE-1']}/components`).set(as(buyer)).send({ components: [{ productId: ids['OUTFIT-RED-M'], quantity: 1 }] }).expect(422);
    expect(nested.body.errors[0].field).toBe('components[0].productId');
    // Dresses 6, belts 4, clips 10 (two per outfit): the belts decide.
    const availability = await t.http.get('/api/v1/availability/OUTFIT-RED-M').set(asShop()).expect(200);
    expect(availability.body).toMatchObject({ isKit: true, available: 4, warehouses: [{ warehouseCode: 'US-NJ1', available: 4 }] });
  });

  it('takes the shop’s orders: a kit order, a repeat, a conflicting repeat and a bad postcode', async () => {
    const first = orderBody('SHOP-1', [{ sku: 'OUTFIT-RED-M', quantity: 2 }, { sku: 'TEE-1', quantity: 2 }]);
    const created = await t.http.post('/api/v1/outbound-orders').set(asShop()).send(first).expect(201);
    orders.first = created.body.id;
    expect(created.body).toMatchObject({ status: 'received', currency: 'GBP', totalMinor: 10000, shipTo: { country: 'GB', postcode: 'NW1 6XE' } });
    expect(created.body.lines[0]).toMatchObject({ sku: 'OUTFIT-RED-M', isKit: true });
    expect(created.body.lines[0].components.map((c: { sku: string; quantity: number }) => `${c.sku}×${c.quantity}`).sort()).toEqual(['BELT-BRN×2', 'CLIP-GLD×4', 'DRESS-RED-M×2']);

    const repeat = await t.http.post('/api/v1/outbound-orders').set(asShop()).send(first).expect(200);
    expect(repeat.body.id).toBe(orders.first);
    const conflict = await t.http.post('/api/v1/outbound-orders').set(asShop()).send({ ...first, lines: [{ ...first.lines[0], quantity: 3 }] }).expect(409);
    expect(conflict.body).toMatchObject({ code: 'ORDER_EXTERNAL_ID_CONFLICT', orderId: orders.first });

    const badPostcode = await t.http.post('/api/v1/outbound-orders').set(asShop()).send(orderBody('SHOP-BAD', [{ sku: 'TEE-1', quantity: 1 }], { country: 'DE', postcode: '1234' })).expect(422);
    expect(badPostcode.body.code).toBe('ORDER_INVALID');
    expect(badPostcode.body.errors).toEqual([{ field: 'shipTo.postcode', message: expect.stringContaining('not a valid DE postcode') }]);

    // `UK` is taken for GB, and a postcode typed without its space gets it back.
    const second = await t.http
      .post('/api/v1/outbound-orders')
      .set(asShop())
      .send({ ...orderBody('SHOP-2', [{ sku: 'TEE-1', quantity: 1 }], { country: 'uk', postcode: 'sw1a1aa' }), placedAt: '2026-05-04T10:15:00Z' })
      .expect(201);
    orders.second = second.body.id;
    expect(second.body.shipTo).toMatchObject({ country: 'GB', postcode: 'SW1A 1AA' });
  });

  it('hides an order from another shop’s key (404)', async () => {
    await t.http.get(`/api/v1/outbound-orders/${orders.first}`).set(asShop(otherShop)).expect(404);
    await t.http.post(`/api/v1/outbound-orders/${orders.first}/cancel`).set(asShop(otherShop)).send({}).expect(404);
    const own = await t.http.get('/api/v1/outbound-orders').set(asShop(otherShop)).expect(200);
    expect(own.body.total).toBe(0);
  });

  it('allocates through the outbox: pick face first, kit components reserved', async () => {
    expect(await t.app.get(OutboxRelay).tick()).toBe(2);
    const first = (await getOrder(orders.first)).body;
    expect(first.status).toBe('allocated');
    expect(first.allocations.map((a: { sku: string; locationCode: string; quantity: number }) => `${a.sku}@${a.locationCode}×${a.quantity}`).sort()).toEqual([
      'BELT-BRN@A-02-03-01×2', 'CLIP-GLD@A-02-01-01×4', 'DRESS-RED-M@A-03-02-01×1', 'DRESS-RED-M@P-01-01-01×1', 'TEE-1@A-01-01-02×2',
    ]);
    expect(first.history.map((e: { action: string }) => e.action)).toEqual(['create', 'allocate']);
    expect((await getOrder(orders.second)).body.status).toBe('allocated');
    expect(await reservedUnits(t, ids['TEE-1'])).toBe(3);
  });

  it('waves the orders and releases pick lists in walk order', async () => {
    const wave = await t.http.post('/api/v1/waves').set(as(lead)).send({ warehouseId: floor.warehouseId, maxOrders: 10, maxLines: 50 }).expect(201);
    expect(wave.body).toMatchObject({ status: 'planned', orderCount: 2, lineCount: 6, orderIds: [orders.first, orders.second] });
    await t.http.post('/api/v1/waves').set(as(lead)).send({ warehouseId: floor.warehouseId, maxOrders: 10, maxLines: 50 }).expect(422);
    const released = await t.http.post(`/api/v1/waves/${wave.body.id}/release`).set(as(lead)).send({}).expect(200);
    const lists: { id: string; kind: string }[] = released.body.pickLists;
    expect(lists.map((p) => p.kind).sort()).toEqual(['batch', 'single']);
    singleList = lists.find((p) => p.kind === 'single')!.id;
    batchList = lists.find((p) => p.kind === 'batch')!.id;
    const list = await getList(singleList);
    // Aisle 01 up, aisle 02 down, aisle 03 up, then zone P.
    expect(list.lines.map((l) => `${l.locationCode} ${l.sku}`)).toEqual([
      'A-01-01-02 TEE-1', 'A-02-03-01 BELT-BRN', 'A-02-01-01 CLIP-GLD', 'A-03-02-01 DRESS-RED-M', 'P-01-01-01 DRESS-RED-M',
    ]);
    expect((await getOrder(orders.first)).body.status).toBe('picking');
  });

  it('checks each scan against the expected bin and product', async () => {
    const wrongBin = await pick(singleList, { location: floor.bin('A-01-01-03'), item: 'TEE-1', quantity: 1 }).expect(422);
    expect(wrongBin.body).toMatchObject({ code: 'PICK_WRONG_LOCATION', expectedLocation: 'A-01-01-02' });
    const wrongItem = await pick(singleList, { location: floor.bin('A-01-01-02'), item: 'CLIP-GLD', quantity: 1 }).expect(422);
    expect(wrongItem.body).toMatchObject({ code: 'PICK_WRONG_ITEM', expectedSkus: ['TEE-1'] });
    const tooMany = await pick(singleList, { location: floor.bin('A-01-01-02'), item: 'TEE-1', quantity: 3 }).expect(422);
    expect(tooMany.body.code).toBe('PICK_QUANTITY_EXCEEDS');
  });

  it('a short pick is confirmed by a lead: the bin is adjusted and the missing units come from another bin', async () => {
    const tee = (await getList(singleList)).lines.find((l) => l.sku === 'TEE-1')!;
    const short = await t.http.post(`/api/v1/pick-lists/${singleList}/lines/${tee.id}/short`).set(as(picker)).send({ found: 1 }).expect(201);
    expect(short.body).toMatchObject({ status: 'open', foundQuantity: 1, missingQuantity: 1 });
    await t.http.post(`/api/v1/pick-exceptions/${short.body.id}/confirm`).set(as(picker)).send({}).expect(403);
    const confirmed = await t.http.post(`/api/v1/pick-exceptions/${short.body.id}/confirm`).set(as(lead)).send({ counted: 0 }).expect(200);
    // The bin also backed order 2's unit: it gives way too, and both are allocated again from A-01-01-03.
    expect(confirmed.body.exception).toMatchObject({ status: 'confirmed', resolution: { counted: 0, onHandBefore: 2, adjustedBy: -2 } });
    expect(confirmed.body.reallocation).toEqual(
      expect.arrayContaining([
        { orderId: orders.first, status: 'picking', reserved: 1, short: 0 },
        { orderId: orders.second, status: 'picking', reserved: 1, short: 0 },
      ]),
    );
    const [adjustment] = await t.dataSource.query("SELECT quantity, reason_code FROM stock_movement WHERE type = 'adjustment'");
    expect(adjustment).toEqual({ quantity: 2, reason_code: 'short_pick' });
    const list = await getList(singleList);
    expect(list.lines.map((l) => `${l.locationCode} ${l.status}`)).toEqual([
      'A-01-01-02 short', 'A-01-01-03 open', 'A-02-03-01 open', 'A-02-01-01 open', 'A-03-02-01 open', 'P-01-01-01 open',
    ]);
  });

  it('refuses to cancel an order being picked, naming its state', async () => {
    const res = await t.http.post(`/api/v1/outbound-orders/${orders.second}/cancel`).set(asShop()).send({ reason: 'customer changed mind' }).expect(409);
    expect(res.body).toMatchObject({ code: 'ORDER_ILLEGAL_TRANSITION', state: 'picking', allowedActions: ['backorder', 'complete_picking'] });
  });

  it('picks every open line into packing; the orders become picked', async () => {
    for (const line of (await getList(singleList)).lines.filter((l) => l.status === 'open')) {
      await pick(singleList, { location: floor.bin(line.locationCode), item: line.sku, quantity: line.openQuantity }).expect(201);
    }
    expect((await getList(singleList)).status).toBe('completed');
    const batch = await getList(batchList);
    const open = batch.lines.find((l) => l.status === 'open')!;
    await pick(batchList, { location: floor.bin(open.locationCode), item: 'TEE-1', quantity: 1, tote: open.toteSlot }).expect(201);
    for (const id of [orders.first, orders.second]) expect((await getOrder(id)).body.status).toBe('picked');
    const [packed] = await t.dataSource.query('SELECT sum(on_hand)::int AS n FROM stock_balance WHERE location_id = $1', [await floor.locationId('PACK-01')]);
    expect(packed.n).toBe(2 + 2 + 4 + 2 + 1);
  });

  it('cancel before picking releases the reservations', async () => {
    const third = await t.http.post('/api/v1/outbound-orders').set(asShop()).send(orderBody('SHOP-3', [{ sku: 'CLIP-GLD', quantity: 3 }])).expect(201);
    await t.app.get(OutboxRelay).tick();
    expect((await getOrder(third.body.id)).body.status).toBe('allocated');
    expect(await reservedUnits(t, ids['CLIP-GLD'])).toBe(3);
    const cancelled = await t.http.post(`/api/v1/outbound-orders/${third.body.id}/cancel`).set(asShop()).send({ reason: 'customer cancelled' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', allowedActions: [] });
    expect(cancelled.body.history.at(-1)).toMatchObject({ action: 'cancel', fromStatus: 'allocated', toStatus: 'cancelled', reason: 'customer cancelled' });
    expect(await reservedUnits(t, ids['CLIP-GLD'])).toBe(0);
    expect((await t.app.get(StockVerifyService).verify()).consistent).toBe(true);
  });
});
