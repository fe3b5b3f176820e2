import { fieldsOf, MANUAL_JOBS } from '../support/procurement-fixtures';
import {
  auth, PlanningWorld, planningWorld, recompute, shipNow, shippedHistory, stockUp, suggestions, TERMS,
} from '../support/planning-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

/** Policy defaults: sea 35 days, air 7 days, freight 150 / 650 minor units per kg. */
const AIR_EXTRA_PER_KG = 650 - 150;
const UNIT_KG = TERMS.cartonGrossWeightG / TERMS.unitsPerCarton / 1000;

describe('Planning: a viral spike', () => {
  let t: TestApp;
  let w: PlanningWorld;

  beforeAll(async () => {
    t = await createTestApp(MANUAL_JOBS);
  });
  beforeEach(async () => {
    await t.truncate();
    w = await planningWorld(t);
    // Eight weeks of 5 units a day, then 300 units on the shelf: 60 days of cover at the usual rate.
    await shippedHistory(t, w, 5, 3, 55);
    await stockUp(t, w, 300);
  });
  afterAll(() => t.close());

  it('turns a spike in shipped units into an air expedite that becomes a draft air purchase order', async () => {
    await recompute(t, w.buyer);
    expect(await suggestions(t, w.buyer, { kind: 'expedite_air' })).toEqual([]);
    expect((await t.http.get('/api/v1/planning/spikes').set(auth(w.buyer)).expect(200)).body.items).toEqual([]);

    // Day two of the video: 120 units leave today, eight times the usual rate.
    await shipNow(t, w, 60);
    await shipNow(t, w, 60);
    await recompute(t, w.buyer);

    const spikes = (await t.http.get('/api/v1/planning/spikes').set(auth(w.buyer)).expect(200)).body;
    expect(spikes.items).toEqual([
      expect.objectContaining({ productId: w.productId, sku: w.sku, warehouseId: w.floor.warehouseId, available: 180, recentPerDay: 40, baselinePerDay: 5 }),
    ]);
    expect(spikes.items[0].multiple).toBeCloseTo(8, 1);
    expect(spikes.items[0].startDate).toBe(new Date().toISOString().slice(0, 10));

    const [air] = await suggestions(t, w.buyer, { kind: 'expedite_air', spike: 'true', warehouseId: w.floor.warehouseId, supplierId: w.supplierId });
    expect(air).toMatchObject({ kind: 'expedite_air', status: 'open', transportMode: 'air', spike: true });
    expect(air.quantity % TERMS.unitsPerCarton).toBe(0);
    expect(air.quantity).toBeGreaterThanOrEqual(air.rawQuantity);
    expect(air.quantity - air.rawQuantity).toBeLessThan(TERMS.unitsPerCarton);
    expect(air.lostUnitsAvoided).toBeGreaterThan(100);
    expect(air.extraFreightMinor).toBe(Math.round(air.quantity * UNIT_KG * AIR_EXTRA_PER_KG));
    // 180 units at a decaying 40/day last about five days; air lands on day 27 (20 production + 7).
    const stockout = (Date.parse(air.stockoutDate!) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000;
    expect(stockout).toBeGreaterThanOrEqual(4);
    expect(stockout).toBeLessThanOrEqual(7);

    const [reorder] = await suggestions(t, w.buyer, { kind: 'reorder' });
    expect(reorder.quantity).toBeGreaterThanOrEqual(TERMS.moq);
    expect(reorder.quantity % TERMS.unitsPerCarton).toBe(0);

    const ordered = await t.http.post('/api/v1/planning/suggestions/purchase-orders').set(auth(w.buyer)).send({ suggestionIds: [air.id] }).expect(201);
    expect(ordered.body.purchaseOrders).toEqual([
      expect.objectContaining({ supplierId: w.supplierId, warehouseId: w.floor.warehouseId, transportMode: 'air', suggestionIds: [air.id] }),
    ]);
    const poId = ordered.body.purchaseOrders[0].purchaseOrderId as string;

    // The draft, as procurement shows it to the buyer.
    const po = (await t.http.get(`/api/v1/purchase-orders/${poId}`).set(auth(w.buyer)).expect(200)).body;
    expect(po).toMatchObject({ status: 'draft', supplier: expect.objectContaining({ id: w.supplierId }), warehouseId: w.floor.warehouseId, transportMode: 'air', incoterm: 'FCA', currency: 'CNY' });
    expect(po.lines).toEqual([expect.objectContaining({ productId: w.productId, quantity: air.quantity, unitPriceMinor: 1850 })]);

    const after = (await t.http.get(`/api/v1/planning/suggestions/${air.id}`).set(auth(w.buyer)).expect(200)).body;
    expect(after).toMatchObject({ status: 'ordered', orderedPurchaseOrderId: poId, orderedPurchaseOrderNumber: po.number });
    // Ordering it again is refused: it is no longer open.
    const twice = await t.http.post('/api/v1/planning/suggestions/purchase-orders').set(auth(w.buyer)).send({ suggestionIds: [air.id] }).expect(409);
    expect(twice.body.code).toBe('SUGGESTION_NOT_OPEN');

    // The draft is planned supply now: the next recompute does not ask to fly the same units again.
    await recompute(t, w.buyer);
    expect(await suggestions(t, w.buyer, { kind: 'expedite_air' })).toEqual([]);
    const projection = (await t.http.get(`/api/v1/planning/projections/${w.productId}`).query({ warehouseId: w.floor.warehouseId }).set(auth(w.buyer)).expect(200)).body;
    expect(projection.arrivals).toContainEqual(expect.objectContaining({ source: 'draft', mode: 'air', quantity: air.quantity, reference: po.number }));
  });

  it('keeps a dismissed suggestion hidden until the spike grows materially', async () => {
    await shipNow(t, w, 120);
    await recompute(t, w.buyer);
    const [air] = await suggestions(t, w.buyer, { kind: 'expedite_air' });

    const dismissed = await t.http
      .post(`/api/v1/planning/suggestions/${air.id}/dismiss`)
      .set(auth(w.manager))
      .send({ reason: 'The campaign ends this week' })
      .expect(200);
    expect(dismissed.body).toMatchObject({ status: 'dismissed', dismissedReason: 'The campaign ends this week' });
    expect(await suggestions(t, w.buyer, { kind: 'expedite_air' })).toEqual([]);

    // Same data, same figures: it stays dismissed.
    await recompute(t, w.buyer);
    expect(await suggestions(t, w.buyer, { kind: 'expedite_air' })).toEqual([]);
    expect(await suggestions(t, w.buyer, { kind: 'expedite_air', status: 'dismissed' })).toEqual([expect.objectContaining({ id: air.id, quantity: air.quantity })]);

    // The video keeps going: another 240 units leave today.
    await stockUp(t, w, 300);
    await shipNow(t, w, 240);
    await recompute(t, w.buyer);
    const [back] = await suggestions(t, w.buyer, { kind: 'expedite_air' });
    expect(back).toMatchObject({ id: air.id, status: 'open' });
    expect(back.resurfacedAt).not.toBeNull();
    expect(back.quantity).toBeGreaterThan(air.quantity * 1.25);
  });

  it('shows the daily projection with the demand decaying towards the baseline', async () => {
    await shipNow(t, w, 120);
    const res = await t.http.get(`/api/v1/planning/projections/${w.productId}`).query({ warehouseId: w.floor.warehouseId }).set(auth(w.buyer)).expect(200);
    const p = res.body;
    expect(p).toMatchObject({ sku: w.sku, available: 180, spike: true, productionLeadDays: TERMS.leadTimeDays });
    expect(p.days).toHaveLength(120);
    expect(p.days[0].demand).toBeGreaterThan(30);
    expect(p.days[119].demand).toBeCloseTo(5, 0);
    expect(p.days[0].stock).toBe(Math.round(180 - p.days[0].demand));
    expect(p.stockoutDate).toBe(p.days.find((d: { short: number }) => d.short >= 0.5).date);
    expect(p.suggestions.map((s: { kind: string }) => s.kind).sort()).toEqual(['expedite_air', 'reorder']);
  });

  it('answers bad input with problem+json naming the field', async () => {
    const noReason = await t.http.post('/api/v1/planning/suggestions/00000000-0000-4000-8000-000000000000/dismiss').set(auth(w.buyer)).send({ reason: '  ' }).expect(400);
    expect(noReason.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fieldsOf(noReason.body)).toContain('reason');
    const badIds = await t.http.post('/api/v1/planning/suggestions/purchase-orders').set(auth(w.buyer)).send({ suggestionIds: ['nope'] }).expect(400);
    expect(fieldsOf(badIds.body)).toContain('suggestionIds');
    const unknown = await t.http.post('/api/v1/planning/suggestions/purchase-orders').set(auth(w.buyer)).send({ suggestionIds: ['00000000-0000-4000-8000-000000000000'] }).expect(422);
    expect(fieldsOf(unknown.body)).toEqual(['suggestionIds[0]']);
    const noWarehouse = await t.http.get(`/api/v1/planning/projections/${w.productId}`).set(auth(w.buyer)).expect(400);
    expect(fieldsOf(noWarehouse.body)).toContain('warehouseId');
    const badKind = await t.http.get('/api/v1/planning/suggestions').query({ kind: 'teleport' }).set(auth(w.buyer)).expect(400);
    expect(fieldsOf(badKind.body)).toContain('kind');
    await t.http.get('/api/v1/planning/runs/latest').set(auth(w.buyer)).expect(404);
  });

  it('lets procurement read and act, refuses the warehouse role (403) and anonymous callers (401)', async () => {
    await t.http.get('/api/v1/planning/suggestions').expect(401);
    await t.http.get('/api/v1/planning/spikes').expect(401);
    await t.http.post('/api/v1/planning/recompute').expect(401);
    for (const [method, url] of [
      ['get', '/api/v1/planning/suggestions'],
      ['get', '/api/v1/planning/spikes'],
      ['get', `/api/v1/planning/projections/${w.productId}?warehouseId=${w.floor.warehouseId}`],
      ['post', '/api/v1/planning/recompute'],
      ['post', '/api/v1/planning/suggestions/purchase-orders'],
      ['get', '/api/v1/planning/policies'],
    ] as const) {
      const res = await t.http[method](url).set(auth(w.worker)).send({});
      expect({ url, status: res.status }).toEqual({ url, status: 403 });
    }
    await t.http.get('/api/v1/planning/suggestions').set(auth(w.manager)).expect(200);
    await t.http.get('/api/v1/planning/suggestions').set(auth(w.admin)).expect(200);
    // Policies are for procurement managers (and admins).
    await t.http.get('/api/v1/planning/policies').set(auth(w.buyer)).expect(403);
    await t.http.get('/api/v1/planning/policies').set(auth(w.admin)).expect(200);
  });
});

describe('Planning: policies', () => {
  let t: TestApp;
  let w: PlanningWorld;

  beforeAll(async () => {
    t = await createTestApp(MANUAL_JOBS);
    await t.truncate();
    w = await planningWorld(t);
  });
  afterAll(() => t.close());

  it('resolves each setting from the most specific scope, and feeds it into the plan', async () => {
    const url = '/api/v1/planning/policies';
    await t.http.put(url).set(auth(w.manager)).send({ seaTransitDays: 40, targetCoverDays: 45 }).expect(200);
    await t.http.put(url).set(auth(w.manager)).send({ warehouseId: w.floor.warehouseId, seaTransitDays: 32, airTransitDays: 5 }).expect(200);
    await t.http.put(`/api/v1/planning/product-categories/${w.productId}`).set(auth(w.manager)).send({ category: 'apparel' }).expect(200);
    await t.http.put(url).set(auth(w.manager)).send({ category: 'apparel', safetyStockDays: 21 }).expect(200);
    const product = await t.http.put(url).set(auth(w.manager)).send({ productId: w.productId, warehouseId: w.floor.warehouseId, productionLeadDays: 12 }).expect(200);
    // Putting the same scope again replaces it rather than adding a second one.
    await t.http.put(url).set(auth(w.manager)).send({ productId: w.productId, warehouseId: w.floor.warehouseId, productionLeadDays: 10 }).expect(200);

    const list = (await t.http.get(url).set(auth(w.manager)).expect(200)).body;
    expect(list).toHaveLength(4);
    const effective = (await t.http.get(`${url}/effective`).query({ productId: w.productId, warehouseId: w.floor.warehouseId }).set(auth(w.manager)).expect(200)).body;
    expect(effective).toMatchObject({ productionLeadDays: 10, seaTransitDays: 32, airTransitDays: 5, safetyStockDays: 21, targetCoverDays: 45, reviewPeriodDays: 7 });

    const projection = (await t.http.get(`/api/v1/planning/projections/${w.productId}`).query({ warehouseId: w.floor.warehouseId }).set(auth(w.buyer)).expect(200)).body;
    const day = (iso: string) => (Date.parse(iso) - Date.parse(projection.asOf)) / 86_400_000;
    expect(day(projection.seaArrivalDate)).toBe(10 + 32);
    expect(day(projection.airArrivalDate)).toBe(10 + 5);

    await t.http.delete(`${url}/${product.body.id}`).set(auth(w.manager)).expect(204);
    const fallback = (await t.http.get(`${url}/effective`).query({ productId: w.productId, warehouseId: w.floor.warehouseId }).set(auth(w.manager)).expect(200)).body;
    expect(fallback.productionLeadDays).toBeNull();
  });

  it('refuses settings out of range, a product with a category, and unknown references', async () => {
    const url = '/api/v1/planning/policies';
    const zero = await t.http.put(url).set(auth(w.manager)).send({ seaTransitDays: 0 }).expect(400);
    expect(fieldsOf(zero.body)).toEqual(['seaTransitDays']);
    const threshold = await t.http.put(url).set(auth(w.manager)).send({ spikeThreshold: 1 }).expect(400);
    expect(fieldsOf(threshold.body)).toEqual(['spikeThreshold']);
    const both = await t.http.put(url).set(auth(w.manager)).send({ productId: w.productId, category: 'apparel' }).expect(400);
    expect(fieldsOf(both.body)).toEqual(['category']);
    const unknown = await t.http.put(url).set(auth(w.manager)).send({ warehouseId: '00000000-0000-4000-8000-000000000000' }).expect(422);
    expect(fieldsOf(unknown.body)).toEqual(['warehouseId']);
    await t.http.put(url).set(auth(w.buyer)).send({ seaTransitDays: 30 }).expect(403);
  });
});
