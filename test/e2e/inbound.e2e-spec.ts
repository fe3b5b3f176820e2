import { isValidSscc } from '../../src/common/codes';
import { decodeBarcodes } from '../support/barcodes';
import { auth, confirmedOrder, inboundWorld, InboundWorld, inDays } from '../support/inbound-fixtures';
import { pdfText } from '../support/pdf';
import { binary, fieldsOf } from '../support/procurement-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * The "Done means", through HTTP: a confirmed purchase order → a shipment with a validated
 * container and cartons (one from a CSV packing list) → the forwarder takes it to the warehouse
 * with its own key → dock scans → close → put-away → landed cost → valuation. The stages share one
 * shipment and run in order.
 */
describe('Inbound: from purchase order to valued stock in bins', () => {
  let t: TestApp;
  let w: InboundWorld;
  let po: { id: string; number: string; lineIds: string[] };
  let shipmentId: string;
  let receiptId: string;
  const sscc: { tee50: string; tee30: string; hoodie: string } = { tee50: '', tee30: '', hoodie: '106141411234567897' };

  beforeAll(async () => {
    t = await createTestApp();
    await t.truncate();
    w = await inboundWorld(t);
    po = await confirmedOrder(t, w, [{ productId: w.tee.id, quantity: 100 }, { productId: w.hoodie.id, quantity: 40 }]);
  });
  afterAll(() => t.close());

  const as = (token: string) => auth(token);
  const shipmentUrl = () => `/api/v1/inbound-shipments/${shipmentId}`;
  const scan = (body: Record<string, unknown>, key: string, token = w.people.worker) =>
    t.http.post(`/api/v1/receipts/${receiptId}/scans`).set(as(token)).set('Idempotency-Key', key).send(body);
  const shipmentBody = (extra: Record<string, unknown> = {}) => ({
    mode: 'sea_fcl', forwarderId: w.forwarder.partnerId, carrier: 'COSCO', vessel: 'COSCO SHIPPING UNIVERSE', voyage: '052E',
    originPort: 'cnszx', destinationPort: 'USLAX', containerNumbers: ['CSQU 305438 3'], masterBillOfLading: 'COSU6291837450',
    houseBillOfLading: 'SZXLAX2604117', etd: '2026-04-20T18:00:00+08:00', eta: inDays(3), warehouseId: w.floor.warehouseId,
    lines: [{ purchaseOrderLineId: po.lineIds[0], quantity: 100 }, { purchaseOrderLineId: po.lineIds[1], quantity: 40 }],
    ...extra,
  });

  it('announces a shipment, checking the container check digit and the open PO quantity', async () => {
    const badContainer = await t.http.post('/api/v1/inbound-shipments').set(as(w.people.logistics)).send(shipmentBody({ containerNumbers: ['CSQU3054384'] })).expect(400);
    expect(fieldsOf(badContainer.body)).toEqual(['containerNumbers']);
    // 100 open + 5 % tolerance = 105 at most.
    const tooMany = await t.http
      .post('/api/v1/inbound-shipments')
      .set(as(w.people.logistics))
      .send(shipmentBody({ lines: [{ purchaseOrderLineId: po.lineIds[0], quantity: 106 }] }))
      .expect(422);
    expect(tooMany.body).toMatchObject({ code: 'OVER_SHIPMENT', shippable: 105, requested: 106 });

    const created = await t.http.post('/api/v1/inbound-shipments').set(as(w.people.logistics)).send(shipmentBody()).expect(201);
    expect(created.body).toMatchObject({
      number: expect.stringMatching(/^ASN-\d{4}-\d{5}$/), status: 'booked', originPort: 'CNSZX', containerNumbers: ['CSQU3054383'],
      lines: [
        { sku: 'TEE-BLK-M', quantityShipped: 100, purchaseOrderNumber: po.number, unitPriceMinor: 1850, currency: 'CNY' },
        { sku: 'HOOD-GRY-M', quantityShipped: 40 },
      ],
      milestones: [expect.objectContaining({ milestone: 'booked' })],
    });
    shipmentId = created.body.id;
  });

  it('registers cartons: one as JSON, the others from a CSV packing list that is refused whole when a row is bad', async () => {
    const one = await t.http.post(`${shipmentUrl()}/cartons`).set(as(w.people.logistics)).send({ grossWeightG: 9800, contents: [{ sku: 'tee-blk-m', quantity: 50 }] }).expect(201);
    expect(one.body).toMatchObject({ source: 'generated', contents: [{ sku: 'TEE-BLK-M', quantity: 50 }] });
    expect(isValidSscc(one.body.sscc)).toBe(true);
    expect(one.body.sscc.slice(0, 8)).toBe('00614141');
    sscc.tee50 = one.body.sscc;

    const header = 'sscc,sku,lot,expiry,quantity,gross_weight_g\n';
    const bad = await t.http
      .post(`${shipmentUrl()}/cartons:import`)
      .set(as(w.people.logistics))
      .send({ csv: `${header},TEE-BLK-M,,,30,6000\n,NO-SUCH-SKU,,,1,\n${sscc.hoodie},HOOD-GRY-M,,,20,12500\n` })
      .expect(422);
    expect(bad.body.code).toBe('CARTONS_INVALID');
    expect(fieldsOf(bad.body)).toEqual(['rows[2].sku', 'rows[3].lot']);
    expect((await t.http.get(`${shipmentUrl()}/cartons`).set(as(w.people.logistics)).expect(200)).body.total).toBe(1);

    const imported = await t.http
      .post(`${shipmentUrl()}/cartons:import`)
      .set(as(w.people.logistics))
      .send({ csv: `${header},TEE-BLK-M,,,30,6000\n"${sscc.hoodie}",HOOD-GRY-M,H-2604,,20,12500\n` })
      .expect(201);
    expect(imported.body.cartons).toEqual([
      expect.objectContaining({ source: 'generated', grossWeightG: 6000, contents: [expect.objectContaining({ sku: 'TEE-BLK-M', quantity: 30 })] }),
      expect.objectContaining({ sscc: sscc.hoodie, source: 'supplied', contents: [expect.objectContaining({ sku: 'HOOD-GRY-M', lotCode: 'H-2604', quantity: 20 })] }),
    ]);
    sscc.tee30 = imported.body.cartons[0].sscc;

    const twice = await t.http.post(`${shipmentUrl()}/cartons`).set(as(w.people.logistics)).send({ sscc: sscc.hoodie, contents: [{ sku: 'TEE-BLK-M', quantity: 1 }] }).expect(422);
    expect(twice.body.errors).toEqual([{ field: 'sscc', message: expect.stringContaining('already registered') }]);
  });

  it('prints SSCC labels whose GS1-128 barcode scans back as (00) + SSCC', async () => {
    const res = await t.http.get(`${shipmentUrl()}/carton-labels`).query({ sscc: sscc.tee50 }).set(as(w.people.logistics)).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(await decodeBarcodes(pdf)).toContainEqual({ format: 'CODE_128', text: `]C100${sscc.tee50}` });
    const text = await pdfText(pdf);
    expect(text).toContain('TEE-BLK-M');
    expect(text).toContain(`(00)${sscc.tee50}`);
  });

  it("moves along only with its own forwarder's key, once per milestone, keeping the ETA history", async () => {
    const partnerUrl = `/api/v1/partner/inbound-shipments/${shipmentId}`;
    const stranger = w.otherForwarder.key;
    expect((await t.http.get(partnerUrl).set('X-Api-Key', stranger).expect(404)).body.code).toBe('INBOUND_SHIPMENT_NOT_FOUND');
    await t.http.post(`${partnerUrl}/milestones`).set('X-Api-Key', stranger).send({ milestone: 'departed' }).expect(404);
    expect((await t.http.get('/api/v1/partner/inbound-shipments').set('X-Api-Key', stranger).expect(200)).body.total).toBe(0);

    const key = w.forwarder.key;
    const mine = await t.http.get(partnerUrl).set('X-Api-Key', key).expect(200);
    expect(mine.body.lines[0]).not.toHaveProperty('unitPriceMinor');
    const departed = await t.http
      .post(`${partnerUrl}/milestones`)
      .set('X-Api-Key', key)
      .send({ milestone: 'departed', occurredAt: '2026-04-21T06:30:00+08:00', location: 'CNSZX' })
      .expect(200);
    expect(departed.body.status).toBe('departed');
    expect(departed.body.milestones[1]).toMatchObject({ milestone: 'departed', occurredAt: '2026-04-20T22:30:00.000Z', location: 'CNSZX', actorType: 'api_key' });

    const originalEta = departed.body.eta as string;
    const slipped = await t.http.post(`${partnerUrl}/eta`).set('X-Api-Key', key).send({ eta: inDays(5), reason: 'Vessel rolled over at Yantian' }).expect(200);
    expect(slipped.body.etaHistory).toEqual([expect.objectContaining({ oldEta: originalEta, newEta: slipped.body.eta, reason: 'Vessel rolled over at Yantian', actorLabel: expect.stringMatching(/^api-key:/) })]);
    expect(slipped.body.originalEta).toBe(originalEta);
    const late = await t.http.get('/api/v1/inbound-shipments').query({ view: 'late' }).set(as(w.people.logistics)).expect(200);
    expect(late.body.items.map((s: { id: string }) => s.id)).toEqual([shipmentId]);
    const inTransit = await t.http.get('/api/v1/inbound-shipments').query({ view: 'in_transit', warehouseId: w.floor.warehouseId }).set(as(w.people.buyer)).expect(200);
    expect(inTransit.body.items.map((s: { status: string }) => s.status)).toEqual(['departed']);

    for (const milestone of ['arrived_port', 'customs_cleared', 'delivered_to_warehouse', 'delivered_to_warehouse']) {
      await t.http.post(`${partnerUrl}/milestones`).set('X-Api-Key', key).send({ milestone, location: 'USLAX' }).expect(200);
    }
    const delivered = await t.http.get(shipmentUrl()).set(as(w.people.logistics)).expect(200);
    expect(delivered.body.status).toBe('delivered_to_warehouse');
    expect(delivered.body.milestones.map((m: { milestone: string }) => m.milestone)).toEqual(['booked', 'departed', 'arrived_port', 'customs_cleared', 'delivered_to_warehouse']);
    // A milestone already recorded is a harmless repeat; one that was skipped cannot come after delivery.
    await t.http.post(`${partnerUrl}/milestones`).set('X-Api-Key', key).send({ milestone: 'departed' }).expect(200);
    const backwards = await t.http.post(`${partnerUrl}/milestones`).set('X-Api-Key', key).send({ milestone: 'out_for_delivery' }).expect(409);
    expect(backwards.body.code).toBe('SHIPMENT_ILLEGAL_TRANSITION');
  });

  it('takes dock scans: cartons by SSCC, loose units, an over-receipt refused then overridden, damaged and unknown goods', async () => {
    await t.http.put(`/api/v1/warehouses/${w.floor.warehouseId}/product-slotting/${w.tee.id}`).set(as(w.people.lead)).send({ fixedPickFaceLocationId: await w.floor.locationId('P-01-01-01') }).expect(200);
    await t.http.put(`/api/v1/warehouses/${w.floor.warehouseId}/product-slotting/${w.hoodie.id}`).set(as(w.people.lead)).send({ preferredZone: 'a' }).expect(200);

    const opened = await t.http.post('/api/v1/receipts').set(as(w.people.worker)).send({ shipmentId }).expect(201);
    expect(opened.body).toMatchObject({ status: 'open', number: expect.stringMatching(/^RCV-\d{4}-\d{5}$/) });
    receiptId = opened.body.id;

    const first = await scan({ code: `(00)${sscc.tee50}` }, 'carton-1').expect(201);
    expect(first.body.units).toEqual([expect.objectContaining({ kind: 'carton', sku: 'TEE-BLK-M', quantity: 50, verdict: 'within' })]);
    expect((await scan({ code: `(00)${sscc.tee50}` }, 'carton-1-again').expect(409)).body.code).toBe('SSCC_ALREADY_RECEIVED');
    await scan({ code: `]C100${sscc.tee30}` }, 'carton-2').expect(201);
    await scan({ code: `00${sscc.hoodie}` }, 'carton-3').expect(201);

    const loose = await scan({ code: w.tee.gtin, quantity: 15 }, 'loose-tees').expect(201);
    const repeated = await scan({ code: w.tee.gtin, quantity: 15 }, 'loose-tees').expect(201);
    expect(repeated.headers['idempotent-replayed']).toBe('true');
    expect(repeated.body).toEqual(loose.body);
    expect(loose.body.progress).toEqual([expect.objectContaining({ sku: 'TEE-BLK-M', expected: 100, scanned: 95 })]);
    const [{ n }] = await t.dataSource.query("SELECT count(*)::int AS n FROM receipt_scan WHERE idempotency_key LIKE '%:loose-tees'");
    expect(n).toBe(1);

    // 95 + 12 = 107 is over 100 by more than 5 %.
    const refused = await scan({ code: 'TEE-BLK-M', quantity: 12 }, 'over-1').expect(409);
    expect(refused.body).toMatchObject({ code: 'OVER_RECEIPT', expected: 100, limit: 105, total: 107 });
    expect((await scan({ code: 'TEE-BLK-M', quantity: 12, override: true }, 'over-2').expect(403)).body.code).toBe('OVERRIDE_REQUIRES_LEAD');
    const overridden = await scan({ code: 'TEE-BLK-M', quantity: 12, override: true }, 'over-3', w.people.lead).expect(201);
    expect(overridden.body.units[0]).toMatchObject({ verdict: 'over_limit', overriddenBy: expect.stringContaining('@test.local') });

    await scan({ code: 'HOOD-GRY-M', lot: 'H-2604', quantity: 5, damaged: true }, 'damaged-1').expect(201);
    const unknown = await scan({ code: 'MYSTERY-1' }, 'unknown-1').expect(201);
    expect(unknown.body.units).toEqual([expect.objectContaining({ kind: 'unknown', scannedCode: 'MYSTERY-1', quantity: 1, verdict: 'unknown' })]);

    const receipt = await t.http.get(`/api/v1/receipts/${receiptId}`).set(as(w.people.worker)).expect(200);
    expect(receipt.body.progress).toEqual([
      { productId: w.tee.id, sku: 'TEE-BLK-M', scannedCode: null, expected: 100, scanned: 107, damaged: 0 },
      { productId: w.hoodie.id, sku: 'HOOD-GRY-M', scannedCode: null, expected: 40, scanned: 25, damaged: 5 },
      { productId: null, sku: null, scannedCode: 'MYSTERY-1', expected: 0, scanned: 1, damaged: 0 },
    ]);
  });

  it('closes in one transaction: stock on the dock and in quarantine, the PO partially received, discrepancies reported', async () => {
    const closed = await t.http.post(`/api/v1/receipts/${receiptId}/close`).set(as(w.people.worker)).expect(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.lines).toEqual([
      expect.objectContaining({ sku: 'TEE-BLK-M', expectedQuantity: 100, receivedQuantity: 107, overQuantity: 7, shortQuantity: 0, purchaseOrderQuantity: 100 }),
      expect.objectContaining({ sku: 'HOOD-GRY-M', expectedQuantity: 40, receivedQuantity: 25, damagedQuantity: 5, shortQuantity: 15, purchaseOrderQuantity: 25 }),
      expect.objectContaining({ sku: null, scannedCode: 'MYSTERY-1', expectedQuantity: 0, receivedQuantity: 1 }),
    ]);
    const order = await t.http.get(`/api/v1/purchase-orders/${po.id}`).set(as(w.people.buyer)).expect(200);
    expect(order.body.status).toBe('partially_received');
    expect(order.body.lines.map((l: { quantityReceived: number }) => l.quantityReceived)).toEqual([100, 25]);
    expect((await t.http.get(shipmentUrl()).set(as(w.people.logistics)).expect(200)).body.status).toBe('received');

    const stockIn = async (code: string) =>
      (await t.http.get('/api/v1/stock').query({ locationId: await w.floor.locationId(code) }).set(as(w.people.worker)).expect(200)).body.items
        .map((b: { sku: string; lotCode: string | null; onHand: number }) => [b.sku, b.lotCode, b.onHand])
        .sort();
    expect(await stockIn('RCV-01')).toEqual([['HOOD-GRY-M', 'H-2604', 20], ['TEE-BLK-M', null, 107]]);
    expect(await stockIn('QC-01')).toEqual([['HOOD-GRY-M', 'H-2604', 5]]);

    const report = await t.http.get(`/api/v1/receipts/${receiptId}/discrepancies`).set(as(w.people.buyer)).expect(200);
    expect(report.body.discrepancies.map((d: { type: string; sku: string | null; scannedCode: string | null; quantity: number }) => [d.type, d.sku ?? d.scannedCode, d.quantity])).toEqual([
      ['over', 'TEE-BLK-M', 7], ['short', 'HOOD-GRY-M', 15], ['damaged', 'HOOD-GRY-M', 5], ['unexpected', 'MYSTERY-1', 1],
    ]);
    const pdf = await t.http.get(`/api/v1/receipts/${receiptId}/discrepancies/pdf`).set(as(w.people.buyer)).buffer(true).parse(binary).expect(200);
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain(report.body.receiptNumber);
    expect(text).toMatch(/HOOD-GRY-M .*Short 40 25 15/);
    expect(text).toMatch(/HOOD-GRY-M .*Damaged 40 25 5/);
  });

  it('puts away by the suggested rules or into any bin the worker scans, leaving the stock available in storage', async () => {
    const tasks = await t.http.get('/api/v1/putaway-tasks').query({ warehouseId: w.floor.warehouseId }).set(as(w.people.worker)).expect(200);
    const bySku = new Map(tasks.body.items.map((task: { sku: string }) => [task.sku, task]));
    expect(bySku.get('TEE-BLK-M')).toMatchObject({ quantity: 107, suggestedLocationCode: 'P-01-01-01', suggestionRule: 'fixed_pick_face' });
    expect(bySku.get('HOOD-GRY-M')).toMatchObject({ quantity: 20, lotCode: 'H-2604', suggestedLocationCode: 'A-01-01-01', suggestionRule: 'empty_in_preferred_zone' });
    const teeTask = (bySku.get('TEE-BLK-M') as { id: string }).id;
    const hoodieTask = (bySku.get('HOOD-GRY-M') as { id: string }).id;
    const putaway = (task: string, body: Record<string, unknown>, key: string) =>
      t.http.post(`/api/v1/putaway-tasks/${task}/scans`).set(as(w.people.worker)).set('Idempotency-Key', key).send(body);

    expect((await putaway(teeTask, { location: w.floor.bin('A-01-01-02'), quantity: 100 }, 'pa-1').expect(201)).body).toMatchObject({ quantityPutAway: 100, status: 'open' });
    expect((await putaway(teeTask, { location: w.floor.bin('P-01-01-01') }, 'pa-2').expect(201)).body).toMatchObject({ quantityPutAway: 107, status: 'done' });
    await putaway(hoodieTask, { location: w.floor.bin('A-01-01-01') }, 'pa-3').expect(201);
    expect((await t.http.get('/api/v1/putaway-tasks').query({ warehouseId: w.floor.warehouseId }).set(as(w.people.worker)).expect(200)).body.total).toBe(0);

    const available = async (sku: string) =>
      (await t.http.get(`/api/v1/stock/${sku}/availability`).query({ warehouseId: w.floor.warehouseId }).set(as(w.people.worker)).expect(200)).body.available;
    expect(await available('TEE-BLK-M')).toBe(107);
    // The 5 damaged hoodies stay in quarantine, which is not sellable.
    expect(await available('HOOD-GRY-M')).toBe(20);
  });

  it('allocates freight by volume and duty by HS line exactly, and values the stock at what it cost', async () => {
    const costsUrl = `${shipmentUrl()}/costs`;
    const freight = await t.http
      .post(costsUrl)
      .set(as(w.people.logistics))
      .send({ type: 'freight', method: 'volume', amountMinor: 180_000, currency: 'CNY', description: 'Ocean freight SZX→LAX (quote)' })
      .expect(201);
    expect(freight.body.status).toBe('estimated');
    const trued = await t.http.patch(`${costsUrl}/${freight.body.id}`).set(as(w.people.manager)).send({ amountMinor: 200_000 }).expect(200);
    expect(trued.body).toMatchObject({ status: 'actual', amountMinor: 200_000 });
    await t.http.post(costsUrl).set(as(w.people.logistics)).send({ type: 'duty', method: 'duty_by_hs', hsRates: { '610910': '0.165', '611020': '0.32' } }).expect(201);

    // By hand, in US cents at 0.138 USD per CNY, over what was received (107 T-shirts, 25 hoodies):
    //   value      T-shirts 107 × 18.50 CNY = 1,979.50 CNY → 27,317;  hoodies 25 × 45.00 CNY = 1,125.00 CNY → 15,525
    //   freight    2,000.00 CNY → 27,600, by volume 107 × 1.5 dm³ : 25 × 7.2 dm³ = 160.5 : 180
    //              → 13,009.69 / 14,590.31 → 13,009 / 14,590, the odd cent to the larger line → 14,591
    //   duty       16.5 % × 27,317 = 4,507.305 → 4,507;  32 % × 15,525 = 4,968
    //   landed     T-shirts 27,317 + 13,009 + 4,507 = 44,833;  hoodies 15,525 + 14,591 + 4,968 = 35,084
    const landed = await t.http.get(`${shipmentUrl()}/landed-cost`).set(as(w.people.manager)).expect(200);
    expect(landed.body).toMatchObject({ baseCurrency: 'USD', received: true, totalValueMinor: 42_842, totalCostsMinor: 27_600 + 9_475, totalLandedMinor: 79_917 });
    const lines = landed.body.lines.map((l: { sku: string; valueMinor: number; shares: { type: string; amountMinor: number }[]; landedTotalMinor: number; landedUnitCostMinor: number }) => [
      l.sku, l.valueMinor, l.shares.map((s) => [s.type, s.amountMinor]), l.landedTotalMinor, l.landedUnitCostMinor,
    ]);
    expect(lines).toEqual([
      ['TEE-BLK-M', 27_317, [['freight', 13_009], ['duty', 4_507]], 44_833, 419],
      ['HOOD-GRY-M', 15_525, [['freight', 14_591], ['duty', 4_968]], 35_084, 1_403],
    ]);

    // Averages moved at close (supplier price only), then with each cost change; stock still all on hand, so
    // the valuation is exactly what the goods cost landed: 44,833 + 35,084 = 79,917.
    const valuation = await t.http.get('/api/v1/inventory-valuation').query({ warehouseId: w.floor.warehouseId }).set(as(w.people.manager)).expect(200);
    expect(valuation.body).toMatchObject({ currency: 'USD', totalValueMinor: 79_917 });
    expect(valuation.body.warehouses[0].lines).toEqual([
      { productId: w.hoodie.id, sku: 'HOOD-GRY-M', onHand: 25, averageCostMinor: 1_403, valueMinor: 35_084 },
      { productId: w.tee.id, sku: 'TEE-BLK-M', onHand: 107, averageCostMinor: 419, valueMinor: 44_833 },
    ]);
  });
});
