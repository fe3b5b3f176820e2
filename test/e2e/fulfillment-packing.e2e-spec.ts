import { randomUUID } from 'node:crypto';
import { OutboxRelay } from '../../src/common/jobs/outbox-relay.service';
import { Role } from '../../src/identity/roles';
import { LocationType } from '../../src/inventory/entities/location.entity';
import { LocationService } from '../../src/inventory/services/location.service';
import { createItem, createShopKey, orderBody, OrderLineInput, receive } from '../support/fulfillment-fixtures';
import { createFloor, createTee, FloorFixture } from '../support/inventory-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

type PickLine = { sku: string; locationCode: string; openQuantity: number; status: string; toteSlot: number };
type Session = {
  id: string; orderStatus: string; openParcelId: string | null; suggestedBox: { code: string } | null; expected: { sku: string; remaining: number }[];
  parcels: { id: string; sequence: number; parcelCount: number; status: string; boxTypeCode: string; computedWeightG: number; weightOverridden: boolean }[];
};

/** The Done-means path for packing, step by step: each test builds on the one before. */
describe('Fulfillment: packing into parcels', () => {
  let t: TestApp;
  let floor: FloorFixture;
  let packer: string;
  let lead: string;
  let admin: string;
  const orders: Record<string, string> = {};

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const session = (id: string) => t.http.get(`/api/v1/pack-sessions/${id}`).set(as(packer)).expect(200).then((r) => r.body as Session);
  const openParcel = (id: string, body: Record<string, unknown> = {}) => t.http.post(`/api/v1/pack-sessions/${id}/parcels`).set(as(packer)).send(body);
  const scanItem = (id: string, parcelId: string, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/pack-sessions/${id}/parcels/${parcelId}/items`).set(as(packer)).set('Idempotency-Key', randomUUID()).send(body);
  const close = (id: string, parcelId: string, body: Record<string, unknown>, token = packer) =>
    t.http.post(`/api/v1/pack-sessions/${id}/parcels/${parcelId}/close`).set(as(token)).send(body);
  const onHand = async (code: string, sku: string) => {
    const [row] = await t.dataSource.query(
      'SELECT COALESCE(sum(b.on_hand), 0)::int AS n FROM stock_balance b JOIN product p ON p.id = b.product_id WHERE b.location_id = $1 AND p.sku = $2',
      [await floor.locationId(code), sku],
    );
    return Number(row.n);
  };

  /** Orders from the shop, allocated, waved and picked in full through the fulfillment API. */
  async function pickedOrders(shop: string, wanted: Record<string, OrderLineInput[]>): Promise<void> {
    for (const [externalId, lines] of Object.entries(wanted)) {
      orders[externalId] = (await t.http.post('/api/v1/outbound-orders').set('X-Api-Key', shop).send(orderBody(externalId, lines)).expect(201)).body.id;
    }
    await t.app.get(OutboxRelay).tick();
    const wave = await t.http.post('/api/v1/waves').set(as(lead)).send({ warehouseId: floor.warehouseId, maxOrders: 10, maxLines: 50 }).expect(201);
    const released = await t.http.post(`/api/v1/waves/${wave.body.id}/release`).set(as(lead)).send({}).expect(200);
    for (const { id } of released.body.pickLists as { id: string }[]) {
      const list = await t.http.get(`/api/v1/pick-lists/${id}`).set(as(packer)).expect(200);
      for (const line of (list.body.lines as PickLine[]).filter((l) => l.status === 'open')) {
        await t.http
          .post(`/api/v1/pick-lists/${id}/picks`)
          .set(as(packer))
          .send({ location: floor.bin(line.locationCode), item: line.sku, quantity: line.openQuantity, tote: line.toteSlot })
          .expect(201);
      }
    }
  }

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'true', OUTBOX_POLL_INTERVAL_MS: '3600000' });
    await t.truncate();
    floor = await createFloor(t);
    await t.app.get(LocationService).bulkCreate(floor.warehouseId, { pattern: 'SHIP-01', type: LocationType.Shipping });
    [packer, lead, admin] = await Promise.all([t.tokenFor(Role.Warehouse), t.tokenFor(Role.WarehouseLead), t.tokenFor(Role.Admin)]);
    await createTee(t);
    await createItem(t, 'MUG-WHT', { netWeightG: 350, lengthMm: 120, widthMm: 90, heightMm: 100 });
    await createItem(t, 'KB-8KG', { netWeightG: 8000, lengthMm: 200, widthMm: 200, heightMm: 200 });
    await createItem(t, 'CAP-RED', { netWeightG: 90, lengthMm: 250, widthMm: 180, heightMm: 120 });
    for (const [bin, sku, quantity] of [['A-01-01-01', 'TEE-BLK-M', 5], ['A-01-01-02', 'MUG-WHT', 5], ['A-01-01-03', 'KB-8KG', 3]] as const) {
      await receive(t, packer, floor.bin(bin), sku, quantity);
    }
    await pickedOrders(await createShopKey(t, 'SHOP'), {
      'SHOP-1': [{ sku: 'TEE-BLK-M', quantity: 2 }, { sku: 'MUG-WHT', quantity: 1 }],
      'SHOP-2': [{ sku: 'KB-8KG', quantity: 3 }],
    });
  });
  afterAll(() => t.close());

  it('keeps box types as master data that only leads change', async () => {
    const box = (code: string, l: number, w: number, h: number, tare: number, max: number) => ({
      code, name: `Carton ${code}`, innerLengthMm: l, innerWidthMm: w, innerHeightMm: h, tareWeightG: tare, maxGrossWeightG: max,
    });
    await t.http.post('/api/v1/box-types').set(as(packer)).send(box('BOX-S', 200, 150, 100, 100, 5_000)).expect(403);
    for (const b of [box('box-s', 200, 150, 100, 100, 5_000), box('BOX-M', 350, 260, 150, 180, 10_000), box('BOX-L', 500, 400, 300, 400, 20_000)]) {
      await t.http.post('/api/v1/box-types').set(as(lead)).send(b).expect(201);
    }
    const dup = await t.http.post('/api/v1/box-types').set(as(lead)).send(box('BOX-M', 1, 1, 1, 0, 10)).expect(409);
    expect(dup.body.code).toBe('BOX_TYPE_CODE_TAKEN');
    const heavyTare = await t.http.post('/api/v1/box-types').set(as(lead)).send(box('BOX-X', 10, 10, 10, 500, 400)).expect(422);
    expect(heavyTare.body.code).toBe('BOX_TYPE_WEIGHTS_INVALID');
    const list = await t.http.get('/api/v1/box-types').set(as(packer)).expect(200);
    expect(list.body.items.map((b: { code: string }) => b.code)).toEqual(['BOX-L', 'BOX-M', 'BOX-S']);
  });

  it('starts a session from the shop order number and suggests the smallest box that fits', async () => {
    const started = await t.http.post('/api/v1/pack-sessions').set(as(packer)).send({ order: 'SHOP-1' }).expect(200);
    expect(started.body).toMatchObject({ id: orders['SHOP-1'], orderStatus: 'picked', openParcelId: null, parcels: [] });
    expect(started.body.expected).toEqual([{ sku: 'MUG-WHT', remaining: 1 }, { sku: 'TEE-BLK-M', remaining: 2 }]);
    // BOX-S is too short for the T-shirt (300 mm); BOX-L also fits but is larger.
    expect(started.body.suggestedBox).toMatchObject({ code: 'BOX-M' });
    const unknown = await t.http.post('/api/v1/pack-sessions').set(as(packer)).send({ order: 'NOPE-1' }).expect(422);
    expect(unknown.body.code).toBe('PACK_ORDER_UNKNOWN');
  });

  it('refuses a mis-scan with what was expected, and checks quantities', async () => {
    const opened = await openParcel(orders['SHOP-1']).expect(201);
    const parcelId = opened.body.openParcelId as string;
    expect(opened.body.parcels[0]).toMatchObject({ sequence: 1, parcelCount: 1, status: 'open', boxTypeCode: 'BOX-M', computedWeightG: 180 });
    await openParcel(orders['SHOP-1']).expect(409);

    const wrong = await scanItem(orders['SHOP-1'], parcelId, { item: 'CAP-RED' }).expect(422);
    expect(wrong.body).toMatchObject({ code: 'PACK_WRONG_ITEM', expected: [{ sku: 'MUG-WHT', remaining: 1 }, { sku: 'TEE-BLK-M', remaining: 2 }] });
    expect(wrong.body.detail).toContain('CAP-RED is not in this order; expected MUG-WHT (1), TEE-BLK-M (2)');
    const tooMany = await scanItem(orders['SHOP-1'], parcelId, { item: '5901234123457', quantity: 3 }).expect(422);
    expect(tooMany.body.code).toBe('PACK_QUANTITY_EXCEEDS');

    await scanItem(orders['SHOP-1'], parcelId, { item: '5901234123457', quantity: 2 }).expect(200);
    const again = await scanItem(orders['SHOP-1'], parcelId, { item: 'TEE-BLK-M' }).expect(422);
    expect(again.body).toMatchObject({ code: 'PACK_WRONG_ITEM', expected: [{ sku: 'MUG-WHT', remaining: 1 }] });
    const packed = await scanItem(orders['SHOP-1'], parcelId, { item: 'mug-wht' }).expect(200);
    expect(packed.body).toMatchObject({ expected: [], suggestedBox: null });
    expect(packed.body.parcels[0].computedWeightG).toBe(180 + 2 * 180 + 350);
  });

  it('refuses a gross weight outside the tolerance with both numbers, accepts one inside; the order is packed', async () => {
    const { openParcelId } = await session(orders['SHOP-1']);
    const off = await close(orders['SHOP-1'], openParcelId!, { grossWeightG: 1_100 }).expect(422);
    expect(off.body).toMatchObject({ code: 'PARCEL_WEIGHT_MISMATCH', computedWeightG: 890, grossWeightG: 1_100, toleranceG: 89, differenceG: 210 });
    const closed = await close(orders['SHOP-1'], openParcelId!, { grossWeightG: 930 }).expect(200);
    expect(closed.body).toMatchObject({ orderStatus: 'packed', openParcelId: null });
    expect(closed.body.parcels[0]).toMatchObject({ status: 'closed', weightOverridden: false });
    await scanItem(orders['SHOP-1'], openParcelId!, { item: 'MUG-WHT' }).expect(409);

    // The packed units left the packing bench for the shipping location through `pack` movements.
    expect([await onHand('PACK-01', 'TEE-BLK-M'), await onHand('SHIP-01', 'TEE-BLK-M'), await onHand('SHIP-01', 'MUG-WHT')]).toEqual([0, 2, 1]);
    const moves = await t.http.get('/api/v1/stock-movements').query({ referenceType: 'outbound_order', referenceId: orders['SHOP-1'], type: 'pack' }).set(as(packer)).expect(200);
    expect(moves.body.items).toHaveLength(2);
  });

  it('packs a heavy order into two parcels, numbered 1 of 2 and 2 of 2', async () => {
    const id = orders['SHOP-2'];
    expect((await session(id)).suggestedBox).toBeNull();
    const noBox = await openParcel(id).expect(422);
    expect(noBox.body.code).toBe('NO_BOX_FITS');
    const first = (await openParcel(id, { boxTypeCode: 'box-l' }).expect(201)).body.openParcelId as string;
    await scanItem(id, first, { item: 'KB-8KG', quantity: 2 }).expect(200);
    const overweight = await scanItem(id, first, { item: 'KB-8KG' }).expect(422);
    expect(overweight.body).toMatchObject({ code: 'PARCEL_OVERWEIGHT', maxGrossWeightG: 20_000, weightG: 24_400 });

    await close(id, first, { grossWeightG: 18_500, override: true }).expect(403);
    const overridden = await close(id, first, { grossWeightG: 18_500, override: true }, lead).expect(200);
    expect(overridden.body).toMatchObject({ orderStatus: 'picked', expected: [{ sku: 'KB-8KG', remaining: 1 }], suggestedBox: { code: 'BOX-L' } });
    expect(overridden.body.parcels[0]).toMatchObject({ status: 'closed', weightOverridden: true });

    const second = (await openParcel(id).expect(201)).body.openParcelId as string;
    await scanItem(id, second, { item: 'KB-8KG' }).expect(200);
    const done = await close(id, second, { grossWeightG: 8_450 }).expect(200);
    expect(done.body.orderStatus).toBe('packed');
    expect(done.body.parcels.map((p: Session['parcels'][number]) => `${p.sequence}/${p.parcelCount} ${p.boxTypeCode} ${p.status}`)).toEqual([
      '1/2 BOX-L closed', '2/2 BOX-L closed',
    ]);
    const order = await t.http.get(`/api/v1/outbound-orders/${id}`).set(as(lead)).expect(200);
    expect(order.body.history.at(-1)).toMatchObject({ action: 'pack', fromStatus: 'picked', toStatus: 'packed' });
  });

  it('leaves the ledger consistent', async () => {
    const verify = await t.http.get('/api/v1/stock/verify').set(as(admin)).expect(200);
    expect(verify.body.consistent).toBe(true);
    const notPicked = await t.http.post('/api/v1/pack-sessions').set(as(packer)).send({ order: orders['SHOP-2'] }).expect(200);
    expect(notPicked.body.orderStatus).toBe('packed');
    await openParcel(orders['SHOP-2']).expect(409);
  });
});
