import { binary, drainJobs, MANUAL_JOBS } from '../support/procurement-fixtures';
import { apparel, as, boxTypes, carriers, CarrierSetup, fxRates, londonWarehouse, packedParcels, receive, ShippingStaff, shippingStaff } from '../support/shipping-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { runJobsUntil, verifySignature, WebhookReceiver } from '../support/webhook-receiver';

const DE = { name: 'Max Mustermann', addressLines: ['Unter den Linden 5'], city: 'Berlin', postcode: '10117', country: 'DE' };
const US = { name: 'Jane Doe', addressLines: ['350 Fifth Avenue'], city: 'New York', region: 'NY', postcode: '10118', country: 'US', phone: '+1 212 555 0100' };
const IOSS = 'IM2760000001';

/** `date` written as a carrier in Berlin would send it: local wall time with its `+01:00` offset. */
const berlinTime = (date: Date) => `${new Date(date.getTime() + 3_600_000).toISOString().slice(0, 19)}+01:00`;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

interface Balance {
  on_hand: number;
  reserved: number;
}

/**
 * Two carriers working through the partner API from real packed parcels: each sees only its own
 * parcels, downloads labels, closes a manifest, confirms the pickup (stock ships exactly once) and
 * reports tracking events, out of order and with bad items among them.
 */
describe('Partner API for carriers', () => {
  let t: TestApp;
  let staff: ShippingStaff;
  let c: CarrierSetup;
  let parcels: Record<string, string>;
  let warehouseId: string;
  let shippingLocationId: string;
  let manifestId: string;
  let receiver: WebhookReceiver;
  let subscription: { id: string; secret: string };
  const tracking: Record<string, string> = {};
  const postal = () => ({ 'X-Api-Key': c.postalKey });
  const sandbox = () => ({ 'X-Api-Key': c.sandboxKey });

  const shippingBalance = async (): Promise<Balance> => {
    const [row] = await t.dataSource.query(
      `SELECT coalesce(sum(on_hand), 0)::int AS on_hand, coalesce(sum(reserved), 0)::int AS reserved FROM stock_balance WHERE location_id = $1`,
      [shippingLocationId],
    );
    return row as Balance;
  };
  const shipMovements = async (): Promise<number> =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM stock_movement WHERE type = 'ship'`))[0].n);

  beforeAll(async () => {
    t = await createTestApp({ ...MANUAL_JOBS, OUTBOX_BACKOFF_BASE_MS: '10', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    await t.truncate();
    receiver = await new WebhookReceiver().start();
    staff = await shippingStaff(t);
    const warehouse = await londonWarehouse(t);
    warehouseId = warehouse.warehouseId;
    await apparel(t);
    await boxTypes(t, staff.lead);
    await fxRates(t, staff.admin);
    await receive(t, staff.packer, warehouse.bin('A-01-01-01'), 'TEE-BLK-M', 10);
    c = await carriers(t, staff);
    parcels = await packedParcels(t, staff, warehouse, {
      'DE-1': { lines: [{ sku: 'TEE-BLK-M', quantity: 2 }], shipTo: DE, iossNumber: IOSS },
      'DE-2': { lines: [{ sku: 'TEE-BLK-M', quantity: 1 }], shipTo: DE, iossNumber: IOSS },
      'US-1': { lines: [{ sku: 'TEE-BLK-M', quantity: 1 }], shipTo: US },
    });
    for (const [order, carrierId, serviceCode] of [['DE-1', c.postalId, 'INTL-LETTER'], ['DE-2', c.postalId, 'INTL-LETTER'], ['US-1', c.sandboxId, 'EXPRESS']]) {
      const label = await t.http.post(`/api/v1/parcels/${parcels[order]}/label`).set(as(staff.logistics)).send({ carrierId, serviceCode }).expect(201);
      tracking[order] = label.body.trackingNumber;
    }
    [{ id: shippingLocationId }] = await t.dataSource.query(`SELECT id FROM location WHERE code = 'SHIP-01'`);
  });
  afterAll(async () => {
    await receiver.stop();
    await t.close();
  });

  it("lists each carrier's own parcels ready for pickup, with weights, customs summary and links", async () => {
    const mine = await t.http.get('/api/v1/partner/parcels').set(postal()).expect(200);
    expect(mine.body.total).toBe(2);
    expect(mine.body.items.map((p: { parcelId: string }) => p.parcelId).sort()).toEqual([parcels['DE-1'], parcels['DE-2']].sort());
    const de1 = mine.body.items.find((p: { parcelId: string }) => p.parcelId === parcels['DE-1']);
    expect(de1).toMatchObject({
      orderReference: 'DE-1', trackingNumber: tracking['DE-1'], carrierCode: 'POSTAL', serviceCode: 'INTL-LETTER', status: 'labelled', manifestId: null,
      dimensions: { lengthMm: 400, widthMm: 300, heightMm: 200 }, destination: { city: 'Berlin', postcode: '10117', country: 'DE' },
      // Declared in euros for the EU: 2 × 45.00 USD at 1.08 USD/EUR.
      customs: { form: 'cn22', incoterm: 'DDP', currency: 'EUR', totalValueMinor: 8_334, itemCount: 2, hsCodes: ['61091000'], iossApplies: true },
      links: { labelPdf: `/api/v1/parcels/${parcels['DE-1']}/label?format=pdf`, tracking: `/api/v1/parcels/${parcels['DE-1']}/tracking` },
    });
    expect(de1.grossWeightG).toBeGreaterThan(150 + 2 * 180);

    const theirs = await t.http.get('/api/v1/partner/parcels').set(sandbox()).expect(200);
    expect(theirs.body.items.map((p: { parcelId: string }) => p.parcelId)).toEqual([parcels['US-1']]);
    expect((await t.http.get(`/api/v1/partner/parcels?serviceCode=EXPRESS`).set(postal()).expect(200)).body.total).toBe(0);
    expect((await t.http.get(`/api/v1/partner/parcels?warehouseId=${warehouseId}`).set(postal()).expect(200)).body.total).toBe(2);
  });

  it("answers 404 for another carrier's parcel, on the partner route and on its label", async () => {
    const foreign = await t.http.get(`/api/v1/partner/parcels/${parcels['US-1']}`).set(postal()).expect(404);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
    expect(foreign.body.code).toBe('PARCEL_NOT_FOUND');
    await t.http.get(`/api/v1/parcels/${parcels['US-1']}/label?format=zpl`).set(postal()).expect(404);
    await t.http.get(`/api/v1/parcels/${parcels['US-1']}/tracking`).set(postal()).expect(404);

    const own = await t.http.get(`/api/v1/partner/parcels/${parcels['DE-1']}`).set(postal()).expect(200);
    const pdf = await t.http.get(own.body.links.labelPdf).set(postal()).buffer(true).parse(binary).expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const zpl = await t.http.get(own.body.links.labelZpl).set(postal()).expect(200);
    expect(zpl.text).toContain(`^FD${tracking['DE-1']}`);
  });

  it('needs a key with the right scope: staff tokens and keys without it are refused', async () => {
    await t.http.get('/api/v1/partner/parcels').expect(401);
    await t.http.get('/api/v1/partner/parcels').set(as(staff.logistics)).expect(403);
    const shopPartner = (await t.dataSource.query(`SELECT id FROM partner WHERE code = 'SHOP'`))[0].id;
    const shopKey = await t.http.post(`/api/v1/partners/${shopPartner}/api-keys`).set(as(staff.admin)).send({ name: 'tracking', scopes: ['parcels:read'] }).expect(201);
    await t.http.post('/api/v1/partner/tracking-events').set('X-Api-Key', shopKey.body.key).send({ events: [] }).expect(403);
    await t.http.post('/api/v1/partner/manifests').set('X-Api-Key', shopKey.body.key).send({ warehouseId, date: '2026-03-02' }).expect(403);
  });

  it('closes the day\'s manifest for the calling carrier and fetches it back', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const closed = await t.http.post('/api/v1/partner/manifests').set(postal()).send({ warehouseId, date: today }).expect(201);
    expect(closed.body).toMatchObject({ carrierCode: 'POSTAL', parcelCount: 2, manifestDate: today, pickedUpAt: null });
    manifestId = closed.body.id;

    const day = await t.http.get(`/api/v1/partner/manifests?date=${today}&warehouseId=${warehouseId}`).set(postal()).expect(200);
    expect(day.body.map((m: { id: string }) => m.id)).toEqual([manifestId]);
    expect((await t.http.get(`/api/v1/partner/manifests?date=${today}`).set(sandbox()).expect(200)).body).toEqual([]);
    await t.http.get(`/api/v1/partner/manifests/${manifestId}`).set(sandbox()).expect(404);
    const ready = await t.http.get('/api/v1/partner/parcels').set(postal()).expect(200);
    expect(ready.body.items.map((p: { status: string; manifestId: string }) => [p.status, p.manifestId])).toEqual([['manifested', manifestId], ['manifested', manifestId]]);

    const bad = await t.http.post('/api/v1/partner/manifests').set(postal()).send({ warehouseId: 'nope', date: '2026-02-30' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['date', 'warehouseId']);
  });

  it('confirms the pickup: stock ships once, consuming the parcels\' reservations; parcels and orders become shipped', async () => {
    const before = await shippingBalance();
    expect(before).toEqual({ on_hand: 4, reserved: 4 });
    await t.http.post(`/api/v1/partner/manifests/${manifestId}/pickup`).set(sandbox()).expect(404);

    const confirmed = await t.http.post(`/api/v1/partner/manifests/${manifestId}/pickup`).set(postal()).expect(200);
    expect(confirmed.body.pickedUpAt).toEqual(expect.any(String));
    expect(await shippingBalance()).toEqual({ on_hand: 1, reserved: 1 });
    expect(await shipMovements()).toBe(2);
    const reservations = await t.dataSource.query(
      `SELECT demand_id, status, quantity FROM reservation WHERE demand_type = 'parcel' AND demand_id = ANY($1) ORDER BY demand_id`,
      [[parcels['DE-1'], parcels['DE-2']]],
    );
    expect(reservations.map((r: { status: string; quantity: number }) => [r.status, r.quantity])).toEqual([['consumed', 0], ['consumed', 0]]);
    for (const order of ['DE-1', 'DE-2']) {
      const state = await t.dataSource.query(`SELECT p.status AS parcel, o.status AS "order" FROM parcel p JOIN outbound_order o ON o.id = p.order_id WHERE p.id = $1`, [parcels[order]]);
      expect(state).toEqual([{ parcel: 'shipped', order: 'shipped' }]);
    }

    const again = await t.http.post(`/api/v1/partner/manifests/${manifestId}/pickup`).set(postal()).expect(200);
    expect(again.body.pickedUpAt).toBe(confirmed.body.pickedUpAt);
    expect(await shippingBalance()).toEqual({ on_hand: 1, reserved: 1 });
    expect(await shipMovements()).toBe(2);
    expect((await t.http.get('/api/v1/partner/parcels').set(postal()).expect(200)).body.total).toBe(0);
    const verify = await t.http.get('/api/v1/stock/verify').set(as(staff.admin)).expect(200);
    expect(verify.body.consistent).toBe(true);
  });

  it("lets the carrier subscribe its own webhook for parcel.delivered", async () => {
    const partner = (await t.dataSource.query(`SELECT id FROM partner WHERE code = 'POSTAL-GB'`))[0].id;
    const hooks = await t.http.post(`/api/v1/partners/${partner}/api-keys`).set(as(staff.admin)).send({ name: 'webhooks', scopes: ['webhooks:manage'] }).expect(201);
    const created = await t.http.post('/api/v1/webhook-subscriptions').set('X-Api-Key', hooks.body.key)
      .send({ url: receiver.url('/postal'), eventTypes: ['parcel.delivered'] }).expect(201);
    subscription = created.body;
    // The receiver is down for the first two attempts.
    receiver.respondWith([500, 500, 200]);
  });

  it('takes a batch of tracking events: duplicates once, older events late, bad items by index (207)', async () => {
    const de1 = tracking['DE-1'];
    const events = [
      { tracking_number: de1, occurred_at: berlinTime(hoursAgo(30)), status: 'in_transit', carrier_code: 'EMA', description: 'Posting accepted', location: { city: 'London', country: 'GB' } },
      { tracking_number: de1, occurred_at: berlinTime(hoursAgo(30)), status: 'in_transit', carrier_code: 'EMA', description: 'Posting accepted', location: { city: 'London', country: 'GB' } },
      { tracking_number: de1, occurred_at: berlinTime(hoursAgo(2)), status: 'delivered', carrier_code: 'EMI', description: 'Delivered', location: { city: 'Berlin', postcode: '10117', country: 'DE' } },
      { tracking_number: de1, occurred_at: berlinTime(hoursAgo(10)), status: 'out_for_delivery', carrier_code: 'EMH', description: 'Out for delivery', location: { city: 'Berlin', country: 'DE' } },
      { tracking_number: de1, occurred_at: '2026-03-03T14:05:00', status: 'teleported', carrier_code: 'XXX' },
      { tracking_number: tracking['US-1'], occurred_at: berlinTime(hoursAgo(1)), status: 'in_transit', carrier_code: 'PU' },
    ];
    const res = await t.http.post('/api/v1/partner/tracking-events').set(postal()).send({ events }).expect(207);
    expect(res.body).toMatchObject({ accepted: 3, duplicates: 1, rejected: 2 });
    expect(res.body.results.map((r: { index: number; result: string; applied?: boolean }) => [r.index, r.result, r.applied])).toEqual([
      [0, 'accepted', true], [1, 'duplicate', false], [2, 'accepted', true], [3, 'accepted', false], [4, 'rejected', undefined], [5, 'rejected', undefined],
    ]);
    expect(res.body.results[4].errors.map((e: { field: string }) => e.field).sort()).toEqual(['events[4].occurred_at', 'events[4].status']);
    expect(res.body.results[5].errors).toEqual([{ field: 'events[5].tracking_number', message: 'no parcel of yours has this tracking number' }]);

    const timeline = (await t.http.get(`/api/v1/parcels/${parcels['DE-1']}/tracking`).set(as(staff.logistics)).expect(200)).body;
    expect(timeline).toMatchObject({ trackingNumber: de1, carrierCode: 'POSTAL', trackingStatus: 'delivered', parcelStatus: 'delivered', orderReference: 'DE-1' });
    expect(timeline.events.map((e: { status: string; carrierCode: string; applied: boolean }) => [e.status, e.carrierCode, e.applied])).toEqual([
      ['in_transit', 'EMA', true], ['out_for_delivery', 'EMH', false], ['delivered', 'EMI', true],
    ]);
    expect(timeline.events[2].localTime).toBe(`${events[2].occurred_at.slice(0, 19)}.000+01:00`);
    expect(timeline.events[2].location).toEqual({ city: 'Berlin', region: null, postcode: '10117', country: 'DE' });
    const order = await t.dataSource.query(`SELECT o.status FROM outbound_order o JOIN parcel p ON p.order_id = o.id WHERE p.id = $1`, [parcels['DE-1']]);
    expect(order).toEqual([{ status: 'delivered' }]);

    await runJobsUntil(t, () => receiver.requests.length >= 3, 'the parcel.delivered webhook is accepted');
    expect(receiver.requests.map((r) => r.path)).toEqual(['/postal', '/postal', '/postal']);
    const delivered = receiver.requests[2];
    expect(verifySignature(delivered, subscription.secret)).toBe(true);
    expect(JSON.parse(delivered.rawBody)).toMatchObject({
      type: 'parcel.delivered', data: { parcelId: parcels['DE-1'], trackingNumber: de1, status: 'delivered', carrierEventCode: 'EMI', orderReference: 'DE-1' },
    });
    const deliveries = await t.http.get(`/api/v1/webhook-subscriptions/${subscription.id}/deliveries`).set(as(staff.admin)).expect(200);
    expect(deliveries.body.items.map((d: { status: string; attemptCount: number }) => [d.status, d.attemptCount])).toEqual([['delivered', 3]]);

    // Sent again later, the whole batch changes nothing.
    const replay = await t.http.post('/api/v1/partner/tracking-events').set(postal()).send({ events: events.slice(0, 4) }).expect(200);
    expect(replay.body).toMatchObject({ accepted: 0, duplicates: 4, rejected: 0 });
    const late = await t.http.post('/api/v1/partner/tracking-events').set(postal())
      .send({ events: [{ tracking_number: de1, occurred_at: berlinTime(hoursAgo(0.5)), status: 'in_transit', carrier_code: 'EMC' }] }).expect(200);
    expect(late.body.results[0]).toMatchObject({ result: 'accepted', applied: false, parcelStatus: 'delivered' });
  });

  it('shows the timeline to the shop whose order it is, and refuses a batch that is not an array of 1 to 500', async () => {
    const shopPartner = (await t.dataSource.query(`SELECT id FROM partner WHERE code = 'SHOP'`))[0].id;
    const shopKey = await t.http.post(`/api/v1/partners/${shopPartner}/api-keys`).set(as(staff.admin)).send({ name: 'tracking page', scopes: ['parcels:read'] }).expect(201);
    const seen = await t.http.get(`/api/v1/parcels/${parcels['DE-1']}/tracking`).set('X-Api-Key', shopKey.body.key).expect(200);
    expect(seen.body.trackingStatus).toBe('delivered');
    await t.http.get(`/api/v1/parcels/${parcels['DE-1']}/tracking`).set(sandbox()).expect(404);

    const empty = await t.http.post('/api/v1/partner/tracking-events').set(postal()).send({ events: [] }).expect(400);
    expect(empty.body.errors[0].field).toBe('events');
    const tooMany = Array.from({ length: 501 }, () => ({}));
    expect((await t.http.post('/api/v1/partner/tracking-events').set(postal()).send({ events: tooMany }).expect(400)).body.errors[0].field).toBe('events');
  });

  it('limits each key to its own rate, answering 429 with Retry-After', async () => {
    const partner = (await t.dataSource.query(`SELECT id FROM partner WHERE code = 'POSTAL-GB'`))[0].id;
    const limited = await t.http.post(`/api/v1/partners/${partner}/api-keys`).set(as(staff.admin))
      .send({ name: 'slow feed', scopes: ['parcels:read'], rateLimitPerMinute: 3 }).expect(201);
    expect(limited.body.rateLimitPerMinute).toBe(3);
    for (let i = 0; i < 3; i++) await t.http.get('/api/v1/partner/parcels').set('X-Api-Key', limited.body.key).expect(200);
    const refused = await t.http.get('/api/v1/partner/parcels').set('X-Api-Key', limited.body.key).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Other keys of the same partner keep their own budget.
    await t.http.get('/api/v1/partner/parcels').set(postal()).expect(200);
  });

  it('ships the sandbox parcel on its delivery scan even without a pickup confirmation', async () => {
    const before = await shippingBalance();
    const res = await t.http.post('/api/v1/partner/tracking-events').set(sandbox())
      .send({ events: [{ tracking_number: tracking['US-1'], occurred_at: new Date().toISOString(), status: 'delivered', carrier_code: 'OK' }] }).expect(200);
    expect(res.body.results[0]).toMatchObject({ result: 'accepted', applied: true, parcelStatus: 'delivered' });
    expect(await shippingBalance()).toEqual({ on_hand: before.on_hand - 1, reserved: before.reserved - 1 });
    await drainJobs(t);
  });

  it('recorded an event for every step, naming the carrier and the shop it concerns', async () => {
    const rows: { type: string; n: number }[] = await t.dataSource.query(`SELECT type, count(*)::int AS n FROM domain_event GROUP BY type ORDER BY type`);
    expect(Object.fromEntries(rows.map((r) => [r.type, r.n]))).toEqual({
      'order.allocated': 3, 'order.delivered': 2, 'order.shipped': 3, 'parcel.delivered': 2, 'parcel.label_created': 3, 'parcel.shipped': 2, 'stock.low': 1,
    });
    // 10 T-shirts in stock: whichever order was allocated first (2 units or 1) took availability below
    // STOCK_LOW_UNITS (10); the next ones did not cross it again.
    const [low] = await t.dataSource.query(`SELECT data FROM domain_event WHERE type = 'stock.low'`);
    expect(low.data).toMatchObject({ sku: 'TEE-BLK-M', warehouseId, threshold: 10 });
    expect([8, 9]).toContain(low.data.available);
    const [delivered] = await t.dataSource.query(`SELECT data, partner_ids FROM domain_event WHERE type = 'parcel.delivered' AND data->>'parcelId' = $1`, [parcels['DE-1']]);
    const [postalPartner, shopPartner] = await Promise.all(['POSTAL-GB', 'SHOP'].map(async (code) => (await t.dataSource.query(`SELECT id FROM partner WHERE code = $1`, [code]))[0].id));
    expect([...delivered.partner_ids].sort()).toEqual([postalPartner, shopPartner].sort());
    expect(delivered.data).toMatchObject({ trackingNumber: tracking['DE-1'], carrierCode: 'POSTAL', status: 'delivered', carrierEventCode: 'EMI', orderReference: 'DE-1' });
  });
});
