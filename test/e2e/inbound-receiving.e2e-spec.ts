import { auth, confirmedOrder, inboundWorld, InboundWorld, inDays } from '../support/inbound-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

/** Receiving paths besides the main one: blind receipts, cancelled receipts, unconfirmed orders, arrivals. */
describe('Inbound: blind and cancelled receipts, arrivals', () => {
  let t: TestApp;
  let w: InboundWorld;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await t.truncate();
    w = await inboundWorld(t);
  });
  afterAll(() => t.close());

  const shipment = async (lines: { purchaseOrderLineId: string; quantity: number }[], eta = inDays(2)) => {
    const res = await t.http.post('/api/v1/inbound-shipments').set(auth(w.people.logistics)).send({
      mode: 'air', forwarderId: w.forwarder.partnerId, airWaybill: '176-12345675', flightNumber: 'CA987', originPort: 'CNSZX', destinationPort: 'USJFK',
      eta, warehouseId: w.floor.warehouseId, lines,
    });
    if (res.status !== 201) throw new Error(`shipment: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; number: string };
  };
  const deliver = (id: string) =>
    t.http.post(`/api/v1/inbound-shipments/${id}/milestones`).set(auth(w.people.logistics)).send({ milestone: 'delivered_to_warehouse' }).expect(200);
  const scan = (receiptId: string, body: Record<string, unknown>, key: string) =>
    t.http.post(`/api/v1/receipts/${receiptId}/scans`).set(auth(w.people.worker)).set('Idempotency-Key', key).send(body);

  it('receives an unannounced delivery blind against the purchase-order number', async () => {
    const po = await confirmedOrder(t, w, [{ productId: w.tee.id, quantity: 24 }]);
    const opened = await t.http.post('/api/v1/receipts').set(auth(w.people.worker)).send({ purchaseOrder: po.number.toLowerCase() }).expect(201);
    expect(opened.body).toMatchObject({ shipmentId: null, purchaseOrderId: po.id, lines: [expect.objectContaining({ sku: 'TEE-BLK-M', expectedQuantity: 24 })] });
    await scan(opened.body.id, { code: `(01)0${w.tee.gtin}(37)24` }, 'blind-1').expect(201);
    await t.http.post(`/api/v1/receipts/${opened.body.id}/close`).set(auth(w.people.worker)).expect(200);
    expect((await t.http.get(`/api/v1/purchase-orders/${po.id}`).set(auth(w.people.buyer)).expect(200)).body.status).toBe('received');
    const report = await t.http.get(`/api/v1/receipts/${opened.body.id}/discrepancies`).set(auth(w.people.worker)).expect(200);
    expect(report.body).toMatchObject({ shipmentNumber: null, purchaseOrderNumbers: [po.number], discrepancies: [] });
  });

  it('cancelling a receipt hands the shipment back and frees its cartons to be received again', async () => {
    const po = await confirmedOrder(t, w, [{ productId: w.tee.id, quantity: 10 }]);
    const s = await shipment([{ purchaseOrderLineId: po.lineIds[0], quantity: 10 }]);
    const carton = await t.http.post(`/api/v1/inbound-shipments/${s.id}/cartons`).set(auth(w.people.logistics)).send({ contents: [{ sku: 'TEE-BLK-M', quantity: 10 }] }).expect(201);
    expect((await t.http.post('/api/v1/receipts').set(auth(w.people.worker)).send({ shipmentId: s.id }).expect(409)).body.code).toBe('SHIPMENT_ILLEGAL_TRANSITION');
    await deliver(s.id);

    const first = await t.http.post('/api/v1/receipts').set(auth(w.people.worker)).send({ shipmentId: s.id }).expect(201);
    expect((await t.http.post('/api/v1/receipts').set(auth(w.people.worker)).send({ shipmentId: s.id }).expect(409)).body.code).toBe('RECEIPT_ALREADY_OPEN');
    await scan(first.body.id, { code: carton.body.sscc }, 'c-1').expect(201);
    await t.http.post(`/api/v1/receipts/${first.body.id}/cancel`).set(auth(w.people.worker)).expect(200);
    expect((await t.http.get(`/api/v1/inbound-shipments/${s.id}`).set(auth(w.people.logistics)).expect(200)).body.status).toBe('delivered_to_warehouse');
    await t.http.post(`/api/v1/receipts/${first.body.id}/close`).set(auth(w.people.worker)).expect(409);

    const second = await t.http.post('/api/v1/receipts').set(auth(w.people.worker)).send({ shipmentId: s.id }).expect(201);
    await scan(second.body.id, { code: carton.body.sscc }, 'c-2').expect(201);
    const closed = await t.http.post(`/api/v1/receipts/${second.body.id}/close`).set(auth(w.people.worker)).expect(200);
    expect(closed.body.lines).toEqual([expect.objectContaining({ receivedQuantity: 10, shortQuantity: 0, purchaseOrderQuantity: 10 })]);
    const movements = await t.dataSource.query("SELECT sum(quantity)::int AS units FROM stock_movement WHERE type = 'receipt'");
    expect(movements[0].units).toBe(10);
  });

  it('refuses to receive against an order the supplier has not confirmed, before any scan', async () => {
    const draft = await t.http.post('/api/v1/purchase-orders').set(auth(w.people.buyer)).send({ supplierId: w.supplierId, warehouseId: w.floor.warehouseId, lines: [{ productId: w.tee.id, quantity: 5 }] }).expect(201);
    await t.http.post(`/api/v1/purchase-orders/${draft.body.id}/submit`).set(auth(w.people.buyer)).send({}).expect(200);
    await t.http.post(`/api/v1/purchase-orders/${draft.body.id}/send`).set(auth(w.people.buyer)).send({}).expect(200);
    const s = await shipment([{ purchaseOrderLineId: draft.body.lines[0].id, quantity: 5 }]);
    await deliver(s.id);
    const refused = await t.http.post('/api/v1/receipts').set(auth(w.people.worker)).send({ shipmentId: s.id }).expect(409);
    expect(refused.body).toMatchObject({ code: 'PURCHASE_ORDER_NOT_RECEIVABLE', purchaseOrderStatus: 'sent' });
    expect((await t.http.get(`/api/v1/inbound-shipments/${s.id}`).set(auth(w.people.logistics)).expect(200)).body.status).toBe('delivered_to_warehouse');
  });

  it("lists what arrives this week in the warehouse's time zone, by ETA", async () => {
    const po = await confirmedOrder(t, w, [{ productId: w.tee.id, quantity: 30 }]);
    const [soon, later] = [await shipment([{ purchaseOrderLineId: po.lineIds[0], quantity: 10 }], inDays(0.001)), await shipment([{ purchaseOrderLineId: po.lineIds[0], quantity: 10 }], inDays(30))];
    const res = await t.http.get('/api/v1/inbound-shipments/arriving-this-week').query({ warehouseId: w.floor.warehouseId }).set(auth(w.people.lead)).expect(200);
    expect(res.body.timezone).toBe('America/New_York');
    expect(res.body.shipments.map((s: { id: string }) => s.id)).toContain(soon.id);
    expect(res.body.shipments.map((s: { id: string }) => s.id)).not.toContain(later.id);
    // 30 ordered + 5 % = 31 at most, 20 already on the way.
    const third = await t.http.post('/api/v1/inbound-shipments').set(auth(w.people.logistics)).send({
      mode: 'courier', forwarderId: w.forwarder.partnerId, originPort: 'CNSZX', destinationPort: 'USJFK', eta: inDays(3), warehouseId: w.floor.warehouseId,
      lines: [{ purchaseOrderLineId: po.lineIds[0], quantity: 12 }],
    }).expect(422);
    expect(third.body).toMatchObject({ code: 'OVER_SHIPMENT', shippable: 11 });
  });
});
