import { createTestApp, TestApp } from '../support/test-app';
import { pdfText } from '../support/pdf';
import {
  auth, binary, catalogue, Catalogue, createDraft, createSupplier, drainJobs, MANUAL_JOBS, Staff, staff, supplierPartner,
} from '../support/procurement-fixtures';

/**
 * The path of the "Done means": supplier and supplier products → draft → submit over the
 * threshold → a different manager approves (the creator cannot) → send → the supplier confirms
 * through its API key (and cannot see another supplier's orders) → revision after sending →
 * the document downloads and parses back.
 */
describe('Procurement: a purchase order from draft to confirmed revision', () => {
  let t: TestApp;
  let people: Staff;
  let c: Catalogue;
  let supplierKey: string;
  let strangerKey: string;

  beforeAll(async () => {
    t = await createTestApp(MANUAL_JOBS);
    await t.truncate();
    people = await staff(t);
    const partner = await supplierPartner(t, people.admin, 'SZ-HUAXIN');
    const stranger = await supplierPartner(t, people.admin, 'GZ-BAIYUN');
    supplierKey = partner.key;
    strangerKey = stranger.key;
    c = await catalogue(t, people, { partnerId: partner.partnerId });
    await createSupplier(t, people.buyer, 'GZ-BAIYUN', { partnerId: stranger.partnerId, legalNameEn: 'Guangzhou Baiyun Leather Goods Factory' });
  });
  afterAll(() => t.close());

  it('goes through approval, sending, confirmation, revision and documents', async () => {
    // 3000 × 18.50 + 230 × 45.00 = 65,850.00 CNY ≈ 9,087.30 USD: over the 5,000 USD threshold.
    const draft = await createDraft(t, people.manager, c, [
      { productId: c.tee, quantity: 3000, promisedDate: '2026-04-15' },
      { productId: c.hoodie, quantity: 230 },
    ], { requestedReadyDate: '2026-04-10', notes: 'Hang tags per spec v3' });
    expect(draft).toMatchObject({ status: 'draft', number: expect.stringMatching(/^PO-\d{4}-\d{5}$/), totalMinor: 6_585_000, currency: 'CNY', incoterm: 'FOB', incotermPlace: 'Shenzhen' });
    expect(draft).toMatchObject({ baseTotal: { currency: 'USD', totalMinor: 908_730, rate: '0.13800000' }, approvalRequired: true });
    expect((draft as unknown as { warnings: { code: string; field: string }[] }).warnings).toEqual([
      expect.objectContaining({ code: 'NOT_CARTON_MULTIPLE', field: 'lines[1].quantity' }),
    ]);
    const url = `/api/v1/purchase-orders/${draft.id}`;

    const submitted = await t.http.post(`${url}/submit`).set(auth(people.manager)).send({}).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', allowedActions: ['approve', 'reject', 'cancel'] });

    const ownApproval = await t.http.post(`${url}/approve`).set(auth(people.manager)).send({}).expect(403);
    expect(ownApproval.body.code).toBe('FOUR_EYES_REQUIRED');
    await t.http.post(`${url}/approve`).set(auth(people.buyer)).send({}).expect(403);
    const approved = await t.http.post(`${url}/approve`).set(auth(people.otherManager)).send({ reason: 'Budget Q2' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: expect.stringContaining('@test.local') });

    const sent = await t.http.post(`${url}/send`).set(auth(people.buyer)).send({}).expect(200);
    expect(sent.body).toMatchObject({ status: 'sent', revision: 1, sentBy: expect.stringContaining('@test.local'), sentAt: expect.any(String) });
    await drainJobs(t);
    const first = await t.http.get(`${url}/document`).set(auth(people.buyer)).buffer(true).parse(binary).expect(200);
    expect(first.headers['content-disposition']).toBe(`attachment; filename="${draft.number}-r1.pdf"`);

    // The supplier sees its order through its own key, and nothing of another supplier's.
    const partnerUrl = `/api/v1/partner/purchase-orders/${draft.id}`;
    const mine = await t.http.get('/api/v1/partner/purchase-orders').set('X-Api-Key', supplierKey).expect(200);
    expect(mine.body.items.map((p: { number: string }) => p.number)).toEqual([draft.number]);
    expect((await t.http.get('/api/v1/partner/purchase-orders').set('X-Api-Key', strangerKey).expect(200)).body.total).toBe(0);
    expect((await t.http.get(partnerUrl).set('X-Api-Key', strangerKey).expect(404)).body.code).toBe('PURCHASE_ORDER_NOT_FOUND');
    await t.http.post(`${partnerUrl}/confirmation`).set('X-Api-Key', strangerKey).send({ revision: 1 }).expect(404);
    await t.http.get(`${partnerUrl}/document`).set('X-Api-Key', strangerKey).expect(404);

    const [teeLine, hoodieLine] = sent.body.lines as { id: string }[];
    const confirmed = await t.http
      .post(`${partnerUrl}/confirmation`)
      .set('X-Api-Key', supplierKey)
      .send({ revision: 1, lines: [{ lineId: hoodieLine.id, confirmedQuantity: 220, confirmedDate: '2026-04-20' }] })
      .expect(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', revision: 1 });
    expect(confirmed.body.lines.map((l: { confirmedQuantity: number }) => l.confirmedQuantity)).toEqual([3000, 220]);

    // A change after sending is a new revision that the supplier must confirm again.
    const revised = await t.http
      .post(`${url}/revisions`)
      .set(auth(people.buyer))
      .send({ reason: 'Supplier short of black dye', lines: [{ lineId: teeLine.id, quantityCancelled: 500, promisedDate: '2026-04-25' }] })
      .expect(201);
    expect(revised.body).toMatchObject({ status: 'sent', revision: 2, totalMinor: 5_660_000, confirmedAt: null });
    expect(revised.body.lines[0]).toMatchObject({ quantityCancelled: 500, openQuantity: 2500, confirmedQuantity: null });
    const revisions = await t.http.get(`${url}/revisions`).set(auth(people.buyer)).expect(200);
    expect(revisions.body).toEqual([
      expect.objectContaining({
        revision: 2, reason: 'Supplier short of black dye',
        changes: { lines: [{ lineId: teeLine.id, lineNo: 1, sku: 'TEE-M-BLK-L', changes: { quantityCancelled: { from: 0, to: 500 }, promisedDate: { from: '2026-04-15', to: '2026-04-25' } } }] },
      }),
    ]);

    const stale = await t.http.post(`${partnerUrl}/confirmation`).set('X-Api-Key', supplierKey).send({ revision: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'PO_REVISION_MISMATCH', currentRevision: 2 });
    await t.http.post(`${partnerUrl}/confirmation`).set('X-Api-Key', supplierKey).send({ revision: 2 }).expect(200);

    await drainJobs(t);
    const pdf = await t.http.get(`${url}/document`).set(auth(people.buyer)).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${draft.number}-r2.pdf"`);
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain(draft.number);
    expect(text).toContain('SZ-HUAXIN Apparel Co., Ltd.');
    expect(text).toContain('男士圆领T恤 黑色 L');
    expect(text).toContain('FOB Shenzhen');
    expect(text).toContain('Revision 2');
    const forSupplier = await t.http.get(`${partnerUrl}/document`).set('X-Api-Key', supplierKey).buffer(true).parse(binary).expect(200);
    expect((forSupplier.body as Buffer).equals(pdf.body as Buffer)).toBe(true);
  });

  it('records every step in the order history and the audit log, with actor and reason', async () => {
    const draft = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 3000 }]);
    const url = `/api/v1/purchase-orders/${draft.id}`;
    await t.http.post(`${url}/submit`).set(auth(people.buyer)).send({ reason: 'For the spring drop' }).expect(200);
    await t.http.post(`${url}/reject`).set(auth(people.manager)).send({ reason: 'Split into two shipments' }).expect(200);
    const view = await t.http.get(url).set(auth(people.buyer)).expect(200);
    expect(view.body.status).toBe('draft');
    expect(view.body.events.map((e: { action: string; toStatus: string; reason: string | null }) => [e.action, e.toStatus, e.reason])).toEqual([
      ['create', 'draft', null],
      ['submit', 'submitted', 'For the spring drop'],
      ['reject', 'draft', 'Split into two shipments'],
    ]);
    expect(view.body.events[1].details).toMatchObject({ baseTotalMinor: 765_900, thresholdMinor: 500_000, approvalRequired: true });
    const audit = await t.http.get(`/api/v1/audit-events?entityType=purchase_order&entityId=${draft.id}`).set(auth(people.admin)).expect(200);
    const rejection = audit.body.items.find((e: { action: string }) => e.action === 'purchase_order.reject');
    expect(rejection).toMatchObject({ actorType: 'user', summary: { body: { reason: 'Split into two shipments' } } });
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['purchase_order.create', 'purchase_order.reject', 'purchase_order.submit']);
  });
});
