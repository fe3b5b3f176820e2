import { OutboxRelay } from '../../src/common/jobs/outbox-relay.service';
import { AllocationService } from '../../src/fulfillment/allocation/allocation.service';
import { Role } from '../../src/identity/roles';
import { StockVerifyService } from '../../src/inventory/services/stock-verify.service';
import { createItem, createShopKey, orderBody, receive, reservedUnits } from '../support/fulfillment-fixtures';
import { createFloor } from '../support/inventory-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * 50 orders race for 20 units of one component, shared by two kits and sold on its own too. Both
 * ways allocation runs (the service called in parallel, and outbox relay passes running 20 jobs at
 * once) must leave exactly 20 units reserved and 30 orders backordered.
 */
describe('Fulfillment allocation under concurrency', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'true', OUTBOX_POLL_INTERVAL_MS: '3600000' });
  });
  afterAll(() => t.close());

  async function seed(): Promise<{ orderIds: string[]; component: string }> {
    await t.truncate();
    const floor = await createFloor(t);
    const [picker, buyer] = await Promise.all([t.tokenFor(Role.Warehouse), t.tokenFor(Role.Procurement)]);
    const shop = await createShopKey(t, 'SHOP');
    const component = await createItem(t, 'SCARF-SILK');
    const others = { 'KIT-A': await createItem(t, 'DRESS-A'), 'KIT-B': await createItem(t, 'DRESS-B') };
    for (const [kit, other] of Object.entries(others)) {
      const kitId = await createItem(t, kit);
      const components = [{ productId: component, quantity: 1 }, { productId: other, quantity: 1 }];
      await t.http.put(`/api/v1/products/${kitId}/components`).set('Authorization', `Bearer ${buyer}`).send({ components }).expect(200);
    }
    // The 20 contested units sit in two bins, so orders also race across bins.
    await receive(t, picker, floor.bin('P-01-01-01'), 'SCARF-SILK', 8);
    await receive(t, picker, floor.bin('A-01-01-01'), 'SCARF-SILK', 12);
    await receive(t, picker, floor.bin('A-01-01-02'), 'DRESS-A', 100);
    await receive(t, picker, floor.bin('A-01-01-03'), 'DRESS-B', 100);
    const skus = ['KIT-A', 'KIT-B', 'SCARF-SILK'];
    const orderIds: string[] = [];
    for (let i = 0; i < 50; i++) {
      const res = await t.http.post('/api/v1/outbound-orders').set('X-Api-Key', shop).send(orderBody(`RACE-${i}`, [{ sku: skus[i % 3], quantity: 1 }])).expect(201);
      orderIds.push(res.body.id);
    }
    return { orderIds, component };
  }

  async function expectInvariants(component: string): Promise<void> {
    expect(await reservedUnits(t, component)).toBe(20);
    const statuses: { status: string; n: number }[] = await t.dataSource.query('SELECT status, count(*)::int AS n FROM outbound_order GROUP BY status ORDER BY status');
    expect(statuses).toEqual([{ status: 'allocated', n: 20 }, { status: 'backordered', n: 30 }]);
    // Backorder-all: a backordered kit order holds none of its other component either.
    const [held] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM order_allocation a JOIN outbound_order o ON o.id = a.order_id WHERE o.status = 'backordered' AND a.status = 'active'`,
    );
    expect(held.n).toBe(0);
    const [negative] = await t.dataSource.query('SELECT count(*)::int AS n FROM stock_balance WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand');
    expect(negative.n).toBe(0);
    const [balance] = await t.dataSource.query('SELECT sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved FROM stock_balance WHERE product_id = $1', [component]);
    expect(balance).toEqual({ on_hand: 20, reserved: 20 });
    expect((await t.app.get(StockVerifyService).verify()).consistent).toBe(true);
  }

  it('the allocation service called for all 50 orders at once', async () => {
    const { orderIds, component } = await seed();
    const allocation = t.app.get(AllocationService);
    await Promise.all(orderIds.map((id) => allocation.allocate([id])));
    await expectInvariants(component);
  });

  it('the outbox relay running the allocation jobs, 20 at a time', async () => {
    const { component } = await seed();
    const relay = t.app.get(OutboxRelay);
    let handed = 0;
    for (let n = await relay.tick(); n > 0; n = await relay.tick()) handed += n;
    // 50 allocation jobs, and the dispatch job of each event they publish: one order.allocated or
    // order.backordered per order, and stock.low when the shared component ran low.
    const [{ n: orderEvents }] = await t.dataSource.query("SELECT count(*)::int AS n FROM domain_event WHERE type IN ('order.allocated', 'order.backordered')");
    const [{ n: events }] = await t.dataSource.query('SELECT count(*)::int AS n FROM domain_event');
    expect(orderEvents).toBe(50);
    expect(handed).toBe(50 + events);
    const [failed] = await t.dataSource.query("SELECT count(*)::int AS n FROM outbox WHERE status <> 'completed'");
    expect(failed.n).toBe(0);
    await expectInvariants(component);
  });
});
