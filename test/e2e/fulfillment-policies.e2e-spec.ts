import { OutboxRelay } from '../../src/common/jobs/outbox-relay.service';
import { Role } from '../../src/identity/roles';
import { StockVerifyService } from '../../src/inventory/services/stock-verify.service';
import { createItem, createShopKey, orderBody, receive, reservedUnits } from '../support/fulfillment-fixtures';
import { createFloor, FloorFixture } from '../support/inventory-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

/** The configurable rules: split across warehouses, and allocating what is there while backordering the rest. */
describe('Fulfillment with split shipping and the allocate-available policy', () => {
  let t: TestApp;
  let east: FloorFixture;
  let west: FloorFixture;
  let shop: string;
  let picker: string;
  let lead: string;

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const order = async (id: string) => (await t.http.get(`/api/v1/outbound-orders/${id}`).set(as(lead)).expect(200)).body;
  const place = async (externalId: string, sku: string, quantity: number) =>
    (await t.http.post('/api/v1/outbound-orders').set('X-Api-Key', shop).send(orderBody(externalId, [{ sku, quantity }])).expect(201)).body.id as string;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'true', OUTBOX_POLL_INTERVAL_MS: '3600000', FULFILLMENT_ALLOW_SPLIT: 'true', FULFILLMENT_PARTIAL_POLICY: 'allocate_available' });
  });
  beforeEach(async () => {
    await t.truncate();
    east = await createFloor(t, 'US-NJ1');
    west = await createFloor(t, 'US-CA1');
    [picker, lead] = await Promise.all([t.tokenFor(Role.Warehouse), t.tokenFor(Role.WarehouseLead)]);
    shop = await createShopKey(t, 'SHOP');
  });
  afterAll(() => t.close());

  it('splits an order no single warehouse can fill, and picks each part in its own warehouse', async () => {
    await createItem(t, 'TEE-1');
    await receive(t, picker, east.bin('A-01-01-01'), 'TEE-1', 2);
    await receive(t, picker, west.bin('A-01-01-01'), 'TEE-1', 1);
    const id = await place('SPLIT-1', 'TEE-1', 3);
    await t.app.get(OutboxRelay).tick();
    const allocated = await order(id);
    expect(allocated.status).toBe('allocated');
    expect(allocated.allocations.map((a: { warehouseId: string; quantity: number }) => [a.warehouseId, a.quantity]).sort()).toEqual(
      [[east.warehouseId, 2], [west.warehouseId, 1]].sort(),
    );
    for (const floor of [east, west]) {
      const wave = await t.http.post('/api/v1/waves').set(as(lead)).send({ warehouseId: floor.warehouseId, maxOrders: 5, maxLines: 10 }).expect(201);
      const released = await t.http.post(`/api/v1/waves/${wave.body.id}/release`).set(as(lead)).send({}).expect(200);
      expect((await order(id)).status).toBe('picking');
      const list = (await t.http.get(`/api/v1/pick-lists/${released.body.pickLists[0].id}`).set(as(picker)).expect(200)).body;
      for (const line of list.lines) {
        await t.http.post(`/api/v1/pick-lists/${list.id}/picks`).set(as(picker)).send({ location: floor.bin(line.locationCode), item: line.sku, quantity: line.openQuantity, tote: line.toteSlot }).expect(201);
      }
    }
    expect((await order(id)).status).toBe('picked');
  });

  it('holds what is there, backorders the rest, and allocates it when stock arrives (on demand)', async () => {
    const cap = await createItem(t, 'CAP-1');
    await receive(t, picker, east.bin('P-01-01-01'), 'CAP-1', 1);
    const id = await place('PART-1', 'CAP-1', 3);
    await t.app.get(OutboxRelay).tick();
    const partial = await order(id);
    expect(partial.status).toBe('backordered');
    expect(partial.lines[0].components[0]).toMatchObject({ quantity: 3, allocatedQuantity: 1 });
    expect(partial.history.at(-1)).toMatchObject({ action: 'backorder', details: { reserved: 1, short: 2, missing: [{ sku: 'CAP-1', missing: 2 }] } });
    expect(await reservedUnits(t, cap)).toBe(1);

    await t.http.post('/api/v1/outbound-orders/allocate-backorders').set(as(picker)).send({}).expect(403);
    const nothingYet = await t.http.post('/api/v1/outbound-orders/allocate-backorders').set(as(lead)).send({}).expect(200);
    expect(nothingYet.body).toEqual({ attempted: 1, allocated: 0, stillBackordered: 1 });
    await receive(t, picker, east.bin('A-01-01-02'), 'CAP-1', 5);
    const run = await t.http.post('/api/v1/outbound-orders/allocate-backorders').set(as(lead)).send({}).expect(200);
    expect(run.body).toEqual({ attempted: 1, allocated: 1, stillBackordered: 0 });
    expect((await order(id)).status).toBe('allocated');
    expect(await reservedUnits(t, cap)).toBe(3);
    expect((await t.app.get(StockVerifyService).verify()).consistent).toBe(true);
  });
});
