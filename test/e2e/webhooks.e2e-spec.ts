import { EventPublisher, EventType } from '../../src/common/events';
import { WebhookSubscription } from '../../src/integrations/webhooks/entities/webhook-subscription.entity';
import { WebhookFanoutService } from '../../src/integrations/webhooks/services/webhook-fanout.service';
import { PartnerKind, Role, Scope } from '../../src/identity/roles';
import { auth, drainJobs, fieldsOf, MANUAL_JOBS } from '../support/procurement-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { runJobsUntil, verifySignature, WebhookReceiver } from '../support/webhook-receiver';

const SUBSCRIPTIONS = '/api/v1/webhook-subscriptions';
const DELIVERIES = '/api/v1/webhook-deliveries';

type Credentials = { Authorization: string } | { 'X-Api-Key': string };
const key = (value: string): Credentials => ({ 'X-Api-Key': value });

async function publish(t: TestApp, type: EventType, data: Record<string, unknown>, partnerIds: string[] = []): Promise<string> {
  await t.dataSource.transaction((em) => t.app.get(EventPublisher).publish(em, { type, data, partnerIds, occurredAt: new Date('2026-03-02T08:15:00.000Z') }));
  const [row] = await t.dataSource.query('SELECT id FROM domain_event ORDER BY position DESC LIMIT 1');
  return row.id as string;
}

async function subscribe(t: TestApp, credentials: Credentials, body: Record<string, unknown>) {
  const res = await t.http.post(SUBSCRIPTIONS).set(credentials).send(body);
  if (res.status !== 201) throw new Error(`subscribe: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; secret: string; partnerId: string | null };
}

async function deliveriesOf(t: TestApp, credentials: Credentials, subscriptionId: string) {
  const res = await t.http.get(`${SUBSCRIPTIONS}/${subscriptionId}/deliveries`).set(credentials).expect(200);
  return res.body.items as { id: string; status: string; attemptCount: number; lastStatusCode: number | null; eventId: string; eventType: string; redeliveryOf: string | null }[];
}

async function partnerWithKey(t: TestApp, admin: string, code: string, kind: PartnerKind, scopes: Scope[]) {
  const partner = await t.http.post('/api/v1/partners').set(auth(admin)).send({ code, name: code, kind }).expect(201);
  const created = await t.http.post(`/api/v1/partners/${partner.body.id}/api-keys`).set(auth(admin)).send({ name: 'webhooks', scopes }).expect(201);
  return { partnerId: partner.body.id as string, key: key(created.body.key as string) };
}

describe('Webhooks (internal targets allowed, as in a test network)', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let admin: Credentials;

  beforeAll(async () => {
    t = await createTestApp({
      ...MANUAL_JOBS, OUTBOX_BACKOFF_BASE_MS: '10', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '1000',
    });
    receiver = await new WebhookReceiver().start();
  });
  beforeEach(async () => {
    await t.truncate();
    receiver.reset();
    admin = auth(await t.tokenFor(Role.Admin));
  });
  afterAll(async () => {
    await receiver.stop();
    await t.close();
  });

  it('delivers a signed event that the receiver verifies with the secret shown at creation', async () => {
    const sub = await subscribe(t, admin, { url: receiver.url(), eventTypes: ['parcel.shipped'], description: 'ERP bridge' });
    expect(sub.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const read = await t.http.get(`${SUBSCRIPTIONS}/${sub.id}`).set(admin).expect(200);
    expect(read.body).toMatchObject({ url: receiver.url(), eventTypes: ['parcel.shipped'], active: true, partnerId: null, description: 'ERP bridge' });
    expect(read.body.secret).toBeUndefined();

    const eventId = await publish(t, 'parcel.shipped', { parcelId: 'p-1', trackingNumber: '1Z999' });
    await publish(t, 'stock.low', { sku: 'TEE' }); // not subscribed
    await runJobsUntil(t, () => receiver.requests.length >= 1, 'the event arrives');

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/hook');
    expect(request.headers).toMatchObject({ 'content-type': 'application/json', 'user-agent': 'wms-webhooks/1', 'webhook-id': eventId });
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    expect(verifySignature(request, sub.secret)).toBe(true);
    expect(verifySignature(request, 'some-other-secret')).toBe(false);
    expect(JSON.parse(request.rawBody)).toEqual({
      id: eventId, type: 'parcel.shipped', occurred_at: '2026-03-02T08:15:00.000Z', created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: { parcelId: 'p-1', trackingNumber: '1Z999' },
    });

    const log = await deliveriesOf(t, admin, sub.id);
    expect(log).toEqual([expect.objectContaining({ status: 'delivered', attemptCount: 1, lastStatusCode: 200, eventId, eventType: 'parcel.shipped' })]);

    // The dispatch job running again adds no delivery, and a delivered delivery is not sent again.
    await t.app.get(WebhookFanoutService).fanOut(eventId);
    await drainJobs(t);
    expect(receiver.requests).toHaveLength(1);
    expect(await deliveriesOf(t, admin, sub.id)).toHaveLength(1);
  });

  it('signs with the new secret after a rotation', async () => {
    const sub = await subscribe(t, admin, { url: receiver.url(), eventTypes: ['order.shipped'] });
    const rotated = await t.http.post(`${SUBSCRIPTIONS}/${sub.id}/rotate-secret`).set(admin).expect(200);
    expect(rotated.body.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rotated.body.secret).not.toBe(sub.secret);
    await publish(t, 'order.shipped', { orderId: 'o-1' });
    await runJobsUntil(t, () => receiver.requests.length >= 1, 'the event arrives');
    expect(verifySignature(receiver.requests[0], rotated.body.secret)).toBe(true);
    expect(verifySignature(receiver.requests[0], sub.secret)).toBe(false);
  });

  it('retries after 500, 500 and is delivered on the third attempt, with three attempts logged', async () => {
    receiver.respondWith([500, { status: 500, body: 'x'.repeat(5000) }, 200]);
    const sub = await subscribe(t, admin, { url: receiver.url(), eventTypes: ['parcel.delivered'] });
    const eventId = await publish(t, 'parcel.delivered', { parcelId: 'p-2' });
    await runJobsUntil(t, async () => (await deliveriesOf(t, admin, sub.id))[0]?.status === 'delivered', 'the delivery succeeds');

    expect(receiver.requests).toHaveLength(3);
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([eventId]));
    expect(receiver.requests.every((r) => verifySignature(r, sub.secret))).toBe(true);
    const [delivery] = await deliveriesOf(t, admin, sub.id);
    const detail = await t.http.get(`${DELIVERIES}/${delivery.id}`).set(admin).expect(200);
    expect(detail.body).toMatchObject({ status: 'delivered', attemptCount: 3, lastStatusCode: 200, lastError: null, deliveredAt: expect.any(String) });
    expect(detail.body.attempts.map((a: { attemptNo: number; responseStatus: number }) => [a.attemptNo, a.responseStatus])).toEqual([[1, 500], [2, 500], [3, 200]]);
    expect(detail.body.attempts[0]).toMatchObject({ error: 'receiver answered HTTP 500', responseBody: 'status 500', durationMs: expect.any(Number) });
    expect(detail.body.attempts[1].responseBody).toHaveLength(2048);
  });

  it('marks the delivery failed after WEBHOOK_MAX_ATTEMPTS; a manual redelivery succeeds once the receiver is fixed', async () => {
    receiver.respondWith([], 500);
    const sub = await subscribe(t, admin, { url: receiver.url(), eventTypes: ['parcel.exception'] });
    const eventId = await publish(t, 'parcel.exception', { parcelId: 'p-3', reason: 'address unknown' });
    const jobFailed = async () => {
      const rows = await t.dataSource.query("SELECT status FROM outbox WHERE job_name = 'webhooks.deliver'");
      return rows.length === 1 && rows[0].status === 'failed';
    };
    await runJobsUntil(t, jobFailed, 'the delivery job runs out of attempts');
    const [failed] = await deliveriesOf(t, admin, sub.id);
    expect(failed).toMatchObject({ status: 'failed', attemptCount: 3, lastStatusCode: 500 });
    expect(receiver.requests).toHaveLength(3);

    receiver.respondWith([], 200);
    const redelivery = await t.http.post(`${DELIVERIES}/${failed.id}/redeliver`).set(admin).expect(201);
    expect(redelivery.body).toMatchObject({ status: 'pending', redeliveryOf: failed.id, eventId, attemptCount: 0 });
    await runJobsUntil(t, () => receiver.requests.length === 4, 'the redelivery arrives');
    await drainJobs(t);

    expect(receiver.requests[3].headers['webhook-id']).toBe(eventId);
    expect(verifySignature(receiver.requests[3], sub.secret)).toBe(true);
    const log = await deliveriesOf(t, admin, sub.id);
    expect(log.map((d) => [d.id, d.status])).toEqual([[redelivery.body.id, 'delivered'], [failed.id, 'failed']]);
  });

  it('does not follow redirects: a 3xx is a failed attempt', async () => {
    receiver.respondWith([{ status: 302, headers: { Location: receiver.url('/elsewhere') } }], 200);
    const sub = await subscribe(t, admin, { url: receiver.url(), eventTypes: ['order.delivered'] });
    await publish(t, 'order.delivered', { orderId: 'o-2' });
    await runJobsUntil(t, async () => (await deliveriesOf(t, admin, sub.id))[0]?.status === 'delivered', 'the retry succeeds');
    expect(receiver.requests.map((r) => r.path)).toEqual(['/hook', '/hook']);
    const [delivery] = await deliveriesOf(t, admin, sub.id);
    const detail = await t.http.get(`${DELIVERIES}/${delivery.id}`).set(admin).expect(200);
    expect(detail.body.attempts.map((a: { responseStatus: number }) => a.responseStatus)).toEqual([302, 200]);
  });

  it('gives up on a receiver slower than WEBHOOK_TIMEOUT_MS and logs the timeout', async () => {
    receiver.respondWith([{ status: 200, delayMs: 1500 }], 200);
    const sub = await subscribe(t, admin, { url: receiver.url(), eventTypes: ['receipt.closed'] });
    await publish(t, 'receipt.closed', { receiptId: 'r-1' });
    await runJobsUntil(t, async () => (await deliveriesOf(t, admin, sub.id))[0]?.status === 'delivered', 'the retry succeeds');
    const [delivery] = await deliveriesOf(t, admin, sub.id);
    const detail = await t.http.get(`${DELIVERIES}/${delivery.id}`).set(admin).expect(200);
    expect(detail.body.attempts[0]).toMatchObject({ attemptNo: 1, responseStatus: null, error: 'no response within 1000 ms' });
    expect(detail.body.attempts[0].durationMs).toBeGreaterThanOrEqual(900);
    expect(detail.body.attempts[1]).toMatchObject({ attemptNo: 2, responseStatus: 200 });
  });

  it('sends a partner only the events naming it, and hides other partners’ subscriptions (404)', async () => {
    const adminToken = (admin as { Authorization: string }).Authorization.replace('Bearer ', '');
    const carrier = await partnerWithKey(t, adminToken, 'CARRIER-A', PartnerKind.Carrier, [Scope.WebhooksManage]);
    const shop = await partnerWithKey(t, adminToken, 'SHOP-B', PartnerKind.Shop, [Scope.WebhooksManage]);
    const carrierSub = await subscribe(t, carrier.key, { url: receiver.url('/carrier'), eventTypes: ['parcel.shipped'] });
    const shopSub = await subscribe(t, shop.key, { url: receiver.url('/shop'), eventTypes: ['parcel.shipped'] });
    await subscribe(t, admin, { url: receiver.url('/ops'), eventTypes: ['parcel.shipped'] });
    expect(carrierSub.partnerId).toBe(carrier.partnerId);
    expect(shopSub.partnerId).toBe(shop.partnerId);

    await publish(t, 'parcel.shipped', { parcelId: 'p-4' }, [carrier.partnerId]);
    await runJobsUntil(t, () => receiver.requests.length >= 2, 'two receivers are called');
    await drainJobs(t);
    expect(receiver.requests.map((r) => r.path).sort()).toEqual(['/carrier', '/ops']);
    expect(verifySignature(receiver.requests.find((r) => r.path === '/carrier')!, carrierSub.secret)).toBe(true);

    const listed = await t.http.get(SUBSCRIPTIONS).set(shop.key).expect(200);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([shopSub.id]);
    expect((await t.http.get(SUBSCRIPTIONS).set(admin).expect(200)).body.total).toBe(3);

    const [carrierDelivery] = await deliveriesOf(t, carrier.key, carrierSub.id);
    const foreign = [
      t.http.get(`${SUBSCRIPTIONS}/${carrierSub.id}`),
      t.http.patch(`${SUBSCRIPTIONS}/${carrierSub.id}`).send({ active: false }),
      t.http.post(`${SUBSCRIPTIONS}/${carrierSub.id}/rotate-secret`),
      t.http.get(`${SUBSCRIPTIONS}/${carrierSub.id}/deliveries`),
      t.http.delete(`${SUBSCRIPTIONS}/${carrierSub.id}`),
      t.http.get(`${DELIVERIES}/${carrierDelivery.id}`),
      t.http.post(`${DELIVERIES}/${carrierDelivery.id}/redeliver`),
    ];
    for (const request of foreign) {
      const res = await request.set(shop.key);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect((await t.http.get(`${SUBSCRIPTIONS}/${carrierSub.id}`).set(carrier.key).expect(200)).body.active).toBe(true);

    const notOwn = await t.http.post(SUBSCRIPTIONS).set(shop.key).send({ url: receiver.url(), eventTypes: ['parcel.shipped'], partnerId: carrier.partnerId }).expect(422);
    expect(fieldsOf(notOwn.body)).toEqual(['partnerId']);
    const forPartner = await subscribe(t, admin, { url: receiver.url('/for-shop'), eventTypes: ['order.shipped'], partnerId: shop.partnerId });
    expect(forPartner.partnerId).toBe(shop.partnerId);
    expect((await t.http.get(`${SUBSCRIPTIONS}/${forPartner.id}`).set(shop.key).expect(200)).body.id).toBe(forPartner.id);
    const unknown = await t.http.post(SUBSCRIPTIONS).set(admin).send({ url: receiver.url(), eventTypes: ['order.shipped'], partnerId: '00000000-0000-4000-8000-000000000000' }).expect(422);
    expect(fieldsOf(unknown.body)).toEqual(['partnerId']);

    // A disabled partner receives nothing more, while operator subscriptions carry on.
    receiver.reset();
    await t.http.patch(`/api/v1/partners/${carrier.partnerId}`).set(admin).send({ active: false }).expect(200);
    await publish(t, 'parcel.shipped', { parcelId: 'p-5' }, [carrier.partnerId]);
    await runJobsUntil(t, () => receiver.requests.length >= 1, 'the operator receiver is called');
    await drainJobs(t);
    expect(receiver.requests.map((r) => r.path)).toEqual(['/ops']);
  });

  it('refuses the anonymous (401), other roles and keys without webhooks:manage (403)', async () => {
    const adminToken = (admin as { Authorization: string }).Authorization.replace('Bearer ', '');
    const body = { url: receiver.url(), eventTypes: ['parcel.shipped'] };
    expect((await t.http.post(SUBSCRIPTIONS).send(body)).status).toBe(401);
    expect((await t.http.get(SUBSCRIPTIONS)).status).toBe(401);
    const logistics = auth(await t.tokenFor(Role.Logistics));
    expect((await t.http.post(SUBSCRIPTIONS).set(logistics).send(body)).status).toBe(403);
    expect((await t.http.get(SUBSCRIPTIONS).set(logistics)).status).toBe(403);
    const carrier = await partnerWithKey(t, adminToken, 'CARRIER-C', PartnerKind.Carrier, [Scope.ParcelsRead, Scope.TrackingWrite]);
    const res = await t.http.post(SUBSCRIPTIONS).set(carrier.key).send(body);
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('validates event types and URLs, naming the field (400)', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ url: receiver.url(), eventTypes: ['parcel.teleported'] }, 'eventTypes'],
      [{ url: receiver.url(), eventTypes: [] }, 'eventTypes'],
      [{ url: receiver.url() }, 'eventTypes'],
      [{ url: receiver.url(), eventTypes: 'parcel.shipped' }, 'eventTypes'],
      [{ url: 'ftp://files.example.com/in', eventTypes: ['parcel.shipped'] }, 'url'],
      [{ url: 'not a url', eventTypes: ['parcel.shipped'] }, 'url'],
      [{ eventTypes: ['parcel.shipped'] }, 'url'],
      [{ url: receiver.url(), eventTypes: ['parcel.shipped'], secret: 'mine' }, 'secret'],
    ];
    for (const [body, field] of cases) {
      const res = await t.http.post(SUBSCRIPTIONS).set(admin).send(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(fieldsOf(res.body)).toContain(field);
    }
    const sub = await subscribe(t, admin, { url: receiver.url(), eventTypes: ['parcel.shipped', 'parcel.shipped'] });
    const read = await t.http.get(`${SUBSCRIPTIONS}/${sub.id}`).set(admin).expect(200);
    expect(read.body.eventTypes).toEqual(['parcel.shipped']);
    const patch = await t.http.patch(`${SUBSCRIPTIONS}/${sub.id}`).set(admin).send({ eventTypes: null });
    expect(patch.status).toBe(400);
    expect(fieldsOf(patch.body)).toContain('eventTypes');
    expect((await t.http.get(`${SUBSCRIPTIONS}/not-a-uuid`).set(admin)).status).toBe(400);
  });

  it('updates, deactivates and deletes subscriptions', async () => {
    const sub = await subscribe(t, admin, { url: receiver.url(), eventTypes: ['parcel.shipped'] });
    const updated = await t.http.patch(`${SUBSCRIPTIONS}/${sub.id}`).set(admin)
      .send({ url: receiver.url('/v2'), eventTypes: ['parcel.delivered'], description: 'v2', active: false }).expect(200);
    expect(updated.body).toMatchObject({ url: receiver.url('/v2'), eventTypes: ['parcel.delivered'], description: 'v2', active: false });

    await publish(t, 'parcel.delivered', { parcelId: 'p-5' });
    await drainJobs(t);
    expect(receiver.requests).toHaveLength(0);

    await t.http.patch(`${SUBSCRIPTIONS}/${sub.id}`).set(admin).send({ active: true }).expect(200);
    await publish(t, 'parcel.delivered', { parcelId: 'p-6' });
    await runJobsUntil(t, () => receiver.requests.length === 1, 'the event arrives');
    expect(receiver.requests[0].path).toBe('/v2');
    expect(JSON.parse(receiver.requests[0].rawBody).data).toEqual({ parcelId: 'p-6' });

    await t.http.delete(`${SUBSCRIPTIONS}/${sub.id}`).set(admin).expect(204);
    await t.http.get(`${SUBSCRIPTIONS}/${sub.id}`).set(admin).expect(404);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM webhook_delivery');
    expect(n).toBe(0);
  });
});

describe('Webhooks with the SSRF guard on (the default)', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let admin: Credentials;

  beforeAll(async () => {
    t = await createTestApp({ ...MANUAL_JOBS, OUTBOX_BACKOFF_BASE_MS: '10', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false', WEBHOOK_MAX_ATTEMPTS: '1' });
    receiver = await new WebhookReceiver().start();
  });
  beforeEach(async () => {
    await t.truncate();
    receiver.reset();
    admin = auth(await t.tokenFor(Role.Admin));
  });
  afterAll(async () => {
    await receiver.stop();
    await t.close();
  });

  it.each([
    ['http://127.0.0.1:8080/hook', /loopback/],
    ['http://localhost:8080/hook', /localhost/],
    ['http://[::1]/hook', /loopback/],
    ['http://169.254.169.254/latest/meta-data', /link-local/],
    ['https://10.1.2.3/hook', /private/],
    ['https://192.168.0.10/hook', /private/],
    ['https://100.64.1.1/hook', /carrier-grade NAT/],
  ])('refuses %s with 422 naming url', async (url, rule) => {
    const res = await t.http.post(SUBSCRIPTIONS).set(admin).send({ url, eventTypes: ['parcel.shipped'] });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.code).toBe('WEBHOOK_TARGET_REFUSED');
    expect(res.body.errors).toEqual([{ field: 'url', message: expect.stringMatching(rule) }]);
  });

  it('checks a changed URL on update', async () => {
    const sub = await subscribe(t, admin, { url: 'https://203.0.113.10/hook', eventTypes: ['parcel.shipped'], active: false });
    const res = await t.http.patch(`${SUBSCRIPTIONS}/${sub.id}`).set(admin).send({ url: 'http://192.168.1.20/hook' }).expect(422);
    expect(fieldsOf(res.body)).toEqual(['url']);
    expect((await t.http.get(`${SUBSCRIPTIONS}/${sub.id}`).set(admin).expect(200)).body.url).toBe('https://203.0.113.10/hook');
  });

  it('checks again before each delivery and logs a refused target as a failed attempt', async () => {
    // As if the host's DNS had been pointed at an internal address after the subscription was accepted.
    const repo = t.dataSource.getRepository(WebhookSubscription);
    const sub = await repo.save(repo.create({ url: receiver.url(), eventTypes: ['parcel.shipped'], secret: 'k', createdBy: 'test', partnerId: null, description: null }));
    await publish(t, 'parcel.shipped', { parcelId: 'p-7' });
    await runJobsUntil(t, async () => (await deliveriesOf(t, admin, sub.id))[0]?.status === 'failed', 'the delivery fails');

    expect(receiver.requests).toHaveLength(0);
    const [delivery] = await deliveriesOf(t, admin, sub.id);
    const detail = await t.http.get(`${DELIVERIES}/${delivery.id}`).set(admin).expect(200);
    expect(detail.body.attempts).toEqual([
      expect.objectContaining({ attemptNo: 1, responseStatus: null, error: expect.stringMatching(/^target refused: .*127\.0\.0\.1.*loopback/) }),
    ]);
  });
});
