import { Transactions } from '../../src/common/database/transactions.service';
import { ProcurementService } from '../../src/procurement';
import {
  auth, catalogue, Catalogue, createDraft, daysFromToday, fieldsOf, Staff, staff, today,
} from '../support/procurement-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

describe('Procurement: lists, receipts and open quantities', () => {
  let t: TestApp;
  let people: Staff;
  let c: Catalogue;
  let procurement: ProcurementService;
  const post = (path: string, body: object = {}, token = people.buyer) => t.http.post(`/api/v1/purchase-orders${path}`).set(auth(token)).send(body);
  const list = async (query: string, token = people.buyer) =>
    (await t.http.get(`/api/v1/purchase-orders?${query}`).set(auth(token)).expect(200)).body.items.map((p: { number: string }) => p.number).sort();

  /** Submits (approving with another manager when needed), sends and optionally confirms an order. */
  async function openOrder(lines: Record<string, unknown>[], options: { confirm?: boolean; token?: string } = {}) {
    const draft = await createDraft(t, options.token ?? people.buyer, c, lines);
    const submitted = await post(`/${draft.id}/submit`, {}, options.token).expect(200);
    if (submitted.body.status === 'submitted') await post(`/${draft.id}/approve`, {}, people.otherManager).expect(200);
    await post(`/${draft.id}/send`).expect(200);
    if (options.confirm) await post(`/${draft.id}/confirmation`, { revision: 1 }).expect(200);
    return draft;
  }

  beforeAll(async () => {
    t = await createTestApp();
    procurement = t.app.get(ProcurementService);
  });
  beforeEach(async () => {
    await t.truncate();
    people = await staff(t);
    c = await catalogue(t, people);
  });
  afterAll(() => t.close());

  it('lists what awaits my approval: submitted, created by someone else, and only for managers', async () => {
    const byManager = await createDraft(t, people.manager, c, [{ productId: c.tee, quantity: 3000 }]);
    const byBuyer = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 3000 }]);
    const small = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 600 }]);
    await post(`/${byManager.id}/submit`, {}, people.manager).expect(200);
    await post(`/${byBuyer.id}/submit`).expect(200);
    await post(`/${small.id}/submit`).expect(200);
    expect(await list('awaitingMyApproval=true', people.manager)).toEqual([byBuyer.number]);
    expect(await list('awaitingMyApproval=true', people.otherManager)).toEqual([byManager.number, byBuyer.number].sort());
    expect(await list('awaitingMyApproval=true', people.buyer)).toEqual([]);
  });

  it('filters by status, supplier, warehouse, product and creation date', async () => {
    const tee = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 600 }]);
    const hoodie = await createDraft(t, people.buyer, c, [{ productId: c.hoodie, quantity: 200 }]);
    await post(`/${hoodie.id}/submit`).expect(200);
    expect(await list('status=draft')).toEqual([tee.number]);
    expect(await list('status=draft,approved')).toEqual([tee.number, hoodie.number].sort());
    expect(await list(`productId=${c.hoodie}`)).toEqual([hoodie.number]);
    expect(await list(`supplierId=${c.supplierId}&warehouseId=${c.warehouseId}&createdFrom=${today()}&createdTo=${today()}`)).toHaveLength(2);
    expect(await list(`createdTo=${daysFromToday(-1)}`)).toEqual([]);
    expect(await list(`q=${tee.number}`)).toEqual([tee.number]);
    const bad = await t.http.get('/api/v1/purchase-orders?status=lost&createdFrom=yesterday').set(auth(people.buyer)).expect(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['createdFrom', 'status']);
  });

  it('lists late orders: approved or later, a line due before today and not fully received', async () => {
    const late = await openOrder([{ productId: c.tee, quantity: 600, promisedDate: daysFromToday(-2) }], { confirm: true });
    await openOrder([{ productId: c.tee, quantity: 600, promisedDate: daysFromToday(30) }]);
    await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 600, promisedDate: daysFromToday(-2) }]);
    expect(await list('late=true')).toEqual([late.number]);
    await procurement.recordReceipt(undefined, { purchaseOrderLineId: late.lines[0].id, quantity: 600 });
    expect(await list('late=true')).toEqual([]);
  });

  it('records receipts through the public service, moving the order to partially received and received', async () => {
    const order = await openOrder([{ productId: c.tee, quantity: 600 }, { productId: c.hoodie, quantity: 200 }]);
    const [tee, hoodie] = order.lines;
    await expect(procurement.recordReceipt(undefined, { purchaseOrderLineId: tee.id, quantity: 10 })).rejects.toMatchObject({
      code: 'PO_ILLEGAL_TRANSITION', extra: { state: 'sent' },
    });
    await post(`/${order.id}/confirmation`, { revision: 1 }).expect(200);

    const first = await procurement.recordReceipt(undefined, { purchaseOrderLineId: tee.id, quantity: 200 });
    expect(first).toMatchObject({ status: 'partially_received', quantityReceived: 200, openQuantity: 400 });
    await expect(procurement.recordReceipt(undefined, { purchaseOrderLineId: tee.id, quantity: 401 })).rejects.toMatchObject({
      code: 'PO_OVER_RECEIPT', status: 409, extra: { receivable: 400, quantity: 401 },
    });
    await expect(procurement.recordReceipt(undefined, { purchaseOrderLineId: tee.id, quantity: 1.5 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // A receipt inside the caller's transaction rolls back with it.
    await expect(
      t.app.get(Transactions).run(async (manager) => {
        await procurement.recordReceipt(manager, { purchaseOrderLineId: hoodie.id, quantity: 200 });
        throw new Error('receiving session failed');
      }),
    ).rejects.toThrow('receiving session failed');
    expect((await procurement.lines([hoodie.id]))[0]).toMatchObject({ received: 0, open: 200, receivable: 200, purchaseOrderNumber: order.number });

    await procurement.recordReceipt(undefined, { purchaseOrderLineId: tee.id, quantity: 400 });
    const done = await procurement.recordReceipt(undefined, { purchaseOrderLineId: hoodie.id, quantity: 200 });
    expect(done.status).toBe('received');
    const view = await t.http.get(`/api/v1/purchase-orders/${order.id}`).set(auth(people.buyer)).expect(200);
    expect(view.body).toMatchObject({ status: 'received', allowedActions: ['close'] });
    expect(view.body.events.filter((e: { action: string }) => e.action.startsWith('receive')).map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'partially_received', 'partially_received', 'received',
    ]);
    const audit = await t.http.get(`/api/v1/audit-events?action=purchase_order.receive&entityId=${order.id}`).set(auth(people.admin)).expect(200);
    expect(audit.body.items.map((e: { actorLabel: string; summary: { status: string } }) => `${e.actorLabel} ${e.summary.status}`).sort()).toEqual([
      'system:receiving partially_received', 'system:receiving partially_received', 'system:receiving received',
    ]);
    expect((await post(`/${order.id}/cancel`, { reason: 'no' }).expect(409)).body.state).toBe('received');
    await post(`/${order.id}/close`).expect(200);
  });

  it('short-closes a partially received order with a reason, cancelling what is still open', async () => {
    const order = await openOrder([{ productId: c.tee, quantity: 600 }], { confirm: true });
    await procurement.recordReceipt(undefined, { purchaseOrderLineId: order.lines[0].id, quantity: 450 });
    expect(fieldsOf((await post(`/${order.id}/close`).expect(400)).body)).toEqual(['reason']);
    const closed = await post(`/${order.id}/close`, { reason: 'Supplier cannot make the rest this season' }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', totalMinor: 450 * 1850, lines: [{ quantityCancelled: 150, openQuantity: 0 }] });
  });

  it('sums open quantities per product and warehouse over approved and later orders', async () => {
    await openOrder([{ productId: c.tee, quantity: 600 }]);
    await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 900 }]);
    const hoodies = await openOrder([{ productId: c.hoodie, quantity: 200, promisedDate: '2026-09-01' }], { confirm: true });
    await procurement.recordReceipt(undefined, { purchaseOrderLineId: hoodies.lines[0].id, quantity: 50 });
    const all = await t.http.get('/api/v1/purchase-orders/open-quantities').set(auth(people.buyer)).expect(200);
    expect(all.body).toEqual([
      { productId: c.hoodie, sku: 'HOOD-M-GRY-M', warehouseId: c.warehouseId, openQuantity: 150, purchaseOrders: 1, earliestDueDate: '2026-09-01' },
      { productId: c.tee, sku: 'TEE-M-BLK-L', warehouseId: c.warehouseId, openQuantity: 600, purchaseOrders: 1, earliestDueDate: null },
    ]);
    const tee = await t.http.get(`/api/v1/purchase-orders/open-quantities?productId=${c.tee}`).set(auth(people.buyer)).expect(200);
    expect(tee.body.map((r: { sku: string }) => r.sku)).toEqual(['TEE-M-BLK-L']);
    const elsewhere = await t.http.get(`/api/v1/purchase-orders/open-quantities?warehouseId=${c.supplierId}`).set(auth(people.buyer)).expect(200);
    expect(elsewhere.body).toEqual([]);
  });

  it('gives other modules line facts by order number and the base-currency value of an amount', async () => {
    const order = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 600 }]);
    const facts = await procurement.linesOf(order.number.toLowerCase());
    expect(facts).toEqual([expect.objectContaining({ lineNo: 1, sku: 'TEE-M-BLK-L', ordered: 600, open: 600, currency: 'CNY', status: 'draft' })]);
    await expect(procurement.linesOf('PO-1999-00001')).rejects.toMatchObject({ status: 404 });
    expect(procurement.baseCurrency).toBe('USD');
    expect(await procurement.toBase(1_110_000, 'CNY', today())).toBe(153_180);
    await expect(procurement.toBase(100, 'EUR', today())).rejects.toMatchObject({ code: 'FX_RATE_MISSING' });
  });
});
