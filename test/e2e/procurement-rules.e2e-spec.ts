import { Role } from '../../src/identity/roles';
import {
  auth, catalogue, Catalogue, createDraft, daysFromToday, fieldsOf, putRate, Staff, staff, supplierBody,
} from '../support/procurement-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

describe('Procurement: rules, bad input and concurrency', () => {
  let t: TestApp;
  let people: Staff;
  let c: Catalogue;
  const post = (path: string, body: object, token = people.buyer) => t.http.post(`/api/v1${path}`).set(auth(token)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await t.truncate();
    people = await staff(t);
    c = await catalogue(t, people);
  });
  afterAll(() => t.close());

  const draftBody = (line: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
    supplierId: c.supplierId, warehouseId: c.warehouseId, lines: [{ productId: c.tee, quantity: 600, ...line }], ...extra,
  });

  it.each([
    ['a negative quantity', { quantity: -5 }, {}, 'lines[0].quantity'],
    ['a fractional quantity', { quantity: 1.5 }, {}, 'lines[0].quantity'],
    ['a price above MAX_SAFE_INTEGER', { unitPriceMinor: 1e20 }, {}, 'lines[0].unitPriceMinor'],
    ['a negative price', { unitPriceMinor: -1 }, {}, 'lines[0].unitPriceMinor'],
    ['a date that does not exist', { promisedDate: '2026-02-30' }, {}, 'lines[0].promisedDate'],
    ['an unknown currency', {}, { currency: 'XYZ' }, 'currency'],
    ['an unknown incoterm', {}, { incoterm: 'FOO' }, 'incoterm'],
    ['a sea-only incoterm for air freight', {}, { incoterm: 'FOB', transportMode: 'air' }, 'incoterm'],
    ['a line total beyond MAX_SAFE_INTEGER', { quantity: 2_000_000, unitPriceMinor: 9_000_000_000_000 }, {}, 'lines[0].unitPriceMinor'],
  ])('refuses %s with a 400 naming the field', async (_, line, extra, field) => {
    const res = await post('/purchase-orders', draftBody(line, extra)).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(res.body)).toContain(field);
  });

  it('says "price overflow" for a price that JSON cannot carry exactly', async () => {
    const body = JSON.stringify(draftBody({ unitPriceMinor: 1 })).replace('"unitPriceMinor":1', '"unitPriceMinor":9007199254740993');
    const res = await t.http.post('/api/v1/purchase-orders').set(auth(people.buyer)).set('Content-Type', 'application/json').send(body).expect(400);
    expect(res.body.errors).toEqual([{ field: 'lines[0].unitPriceMinor', message: expect.stringContaining('price overflow') }]);
  });

  it('refuses a product the supplier does not sell, and a price it cannot default, with 422 naming the line', async () => {
    const notSold = await post('/purchase-orders', draftBody({ productId: '00000000-0000-4000-8000-000000000000' })).expect(422);
    expect(notSold.body).toMatchObject({ code: 'PRODUCT_NOT_FOUND', errors: [{ field: 'lines[0].productId' }] });
    const inEuro = await post('/purchase-orders', draftBody({}, { currency: 'EUR' })).expect(422);
    expect(inEuro.body).toMatchObject({ code: 'PRICE_REQUIRED', errors: [{ field: 'lines[0].unitPriceMinor' }] });
  });

  it('refuses unknown supplier currencies and incoterms, naming the field', async () => {
    const res = await post('/suppliers', supplierBody('BAD-1', { defaultCurrency: 'XYZ', defaultIncoterm: 'FOO', leadTimeDays: -1 })).expect(400);
    expect(fieldsOf(res.body).sort()).toEqual(['defaultCurrency', 'defaultIncoterm', 'leadTimeDays']);
    expect((await post('/suppliers', supplierBody('SZ-HUAXIN')).expect(409)).body.code).toBe('SUPPLIER_CODE_TAKEN');
  });

  it('edits only drafts: a submitted order is a 409 naming its state and what it allows', async () => {
    const draft = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 3000 }]);
    const url = `/api/v1/purchase-orders/${draft.id}`;
    const edited = await t.http.patch(url).set(auth(people.buyer)).send({ notes: 'Pack by size', lines: [{ productId: c.hoodie, quantity: 200 }] }).expect(200);
    expect(edited.body).toMatchObject({ notes: 'Pack by size', totalMinor: 900_000, lines: [{ sku: 'HOOD-M-GRY-M', lineNo: 1 }] });
    await post(`/purchase-orders/${draft.id}/submit`, {}).expect(200);
    const res = await t.http.patch(url).set(auth(people.buyer)).send({ notes: 'too late' }).expect(409);
    expect(res.body).toMatchObject({ code: 'PO_ILLEGAL_TRANSITION', state: 'approved', action: 'edit', allowedActions: ['send', 'cancel'] });
  });

  it('refuses an illegal transition with 409, the state and the allowed actions', async () => {
    const draft = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 600 }]);
    const res = await post(`/purchase-orders/${draft.id}/send`, {}).expect(409);
    expect(res.body).toMatchObject({ code: 'PO_ILLEGAL_TRANSITION', state: 'draft', allowedActions: ['edit', 'submit', 'cancel'] });
    expect(res.body.detail).toBe('Cannot send a purchase order in state "draft"; allowed: edit, submit, cancel.');
  });

  it('approves at submission when the base-currency total is not over the threshold', async () => {
    // 600 × 18.50 CNY = 11,100.00 CNY ≈ 1,531.80 USD
    const draft = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 600 }]);
    const res = await post(`/purchase-orders/${draft.id}/submit`, {}).expect(200);
    expect(res.body).toMatchObject({ status: 'approved', approvedBy: 'system:auto-approval', baseTotal: { totalMinor: 153_180 }, approvalRequired: false });
    expect(res.body.events.map((e: { action: string; actorLabel: string }) => [e.action, e.actorLabel])).toEqual([
      ['create', expect.stringContaining('@')], ['submit', expect.stringContaining('@')], ['approve', 'system:auto-approval'],
    ]);
    const audit = await t.http.get(`/api/v1/audit-events?action=purchase_order.approve&entityId=${draft.id}`).set(auth(people.admin)).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ actorLabel: 'system:auto-approval', summary: expect.objectContaining({ reason: expect.stringContaining('not over the approval threshold') }) }),
    ]);
  });

  it('refuses to submit without a rate on or before the order date: 422 FX_RATE_MISSING, never a rate of 1', async () => {
    const draft = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 600, unitPriceMinor: 1_700 }], { currency: 'EUR' });
    const view = await t.http.get(`/api/v1/purchase-orders/${draft.id}`).set(auth(people.buyer)).expect(200);
    expect(view.body).toMatchObject({ baseTotal: null, approvalRequired: null, warnings: [expect.objectContaining({ code: 'FX_RATE_MISSING', field: 'currency' })] });
    await putRate(t, people.admin, 'EUR', '1.08', daysFromToday(1));
    const missing = await post(`/purchase-orders/${draft.id}/submit`, {}).expect(422);
    expect(missing.body).toMatchObject({ code: 'FX_RATE_MISSING', currency: 'EUR', baseCurrency: 'USD', errors: [{ field: 'currency' }] });
    await putRate(t, people.admin, 'EUR', '1.08', daysFromToday(-3));
    const submitted = await post(`/purchase-orders/${draft.id}/submit`, {}).expect(200);
    expect(submitted.body.baseTotal).toEqual({ currency: 'USD', totalMinor: 1_101_600, rate: '1.08000000', rateDate: daysFromToday(-3) });
  });

  it('lets admins alone maintain rates, and validates them', async () => {
    await t.http.put('/api/v1/fx-rates/CNY/2026-01-05').set(auth(people.buyer)).send({ rate: '0.14' }).expect(403);
    expect(fieldsOf((await t.http.put('/api/v1/fx-rates/CNY/2026-01-05').set(auth(people.admin)).send({ rate: '-1' }).expect(400)).body)).toEqual(['rate']);
    expect(fieldsOf((await t.http.put('/api/v1/fx-rates/XYZ/2026-01-05').set(auth(people.admin)).send({ rate: '1' }).expect(400)).body)).toEqual(['currency']);
    expect((await t.http.put('/api/v1/fx-rates/USD/2026-01-05').set(auth(people.admin)).send({ rate: '1' }).expect(422)).body.code).toBe('FX_RATE_FOR_BASE_CURRENCY');
    await t.http.put('/api/v1/fx-rates/cny/2026-01-05').set(auth(people.admin)).send({ rate: 0.14 }).expect(200);
    const replaced = await t.http.put('/api/v1/fx-rates/CNY/2026-01-05').set(auth(people.admin)).send({ rate: '0.1401' }).expect(200);
    expect(replaced.body).toMatchObject({ currency: 'CNY', baseCurrency: 'USD', date: '2026-01-05', rate: '0.14010000' });
    const rates = await t.http.get('/api/v1/fx-rates?currency=CNY').set(auth(people.buyer)).expect(200);
    expect(rates.body.items.map((r: { date: string; rate: string }) => [r.date, r.rate])).toEqual([[expect.any(String), '0.13800000'], ['2026-01-05', '0.14010000']]);
  });

  it('gives 20 orders created at once 20 distinct numbers', async () => {
    const created = await Promise.all(
      Array.from({ length: 20 }, () => post('/purchase-orders', draftBody()).then((r) => ({ status: r.status, number: r.body.number as string }))),
    );
    expect(created.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = created.map((r) => r.number);
    expect(new Set(numbers).size).toBe(20);
    for (const number of numbers) expect(number).toMatch(new RegExp(`^PO-${new Date().getUTCFullYear()}-\\d{5}$`));
  });

  it('needs a reason to reject or cancel, and cancels only before receipts', async () => {
    const draft = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 600 }]);
    expect(fieldsOf((await post(`/purchase-orders/${draft.id}/cancel`, { reason: '  ' }).expect(400)).body)).toEqual(['reason']);
    const cancelled = await post(`/purchase-orders/${draft.id}/cancel`, { reason: 'Duplicate of PO for spring' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', allowedActions: [] });
    expect((await post(`/purchase-orders/${draft.id}/submit`, {}).expect(409)).body).toMatchObject({ state: 'cancelled', allowedActions: [] });
  });

  it('lets only a manager other than the creator raise a sent order above the threshold', async () => {
    const draft = await createDraft(t, people.buyer, c, [{ productId: c.tee, quantity: 600 }]);
    await post(`/purchase-orders/${draft.id}/submit`, {}).expect(200);
    await post(`/purchase-orders/${draft.id}/send`, {}).expect(200);
    const raise = { reason: 'Customer pre-orders', lines: [{ lineId: draft.lines[0].id, quantity: 3000 }] };
    expect((await post(`/purchase-orders/${draft.id}/revisions`, raise).expect(403)).body.code).toBe('MANAGER_REQUIRED');
    const res = await post(`/purchase-orders/${draft.id}/revisions`, raise, people.manager).expect(201);
    expect(res.body).toMatchObject({ revision: 2, totalMinor: 5_550_000, status: 'sent' });
    const nothing = await post(`/purchase-orders/${draft.id}/revisions`, { reason: 'x', lines: [{ lineId: draft.lines[0].id, quantity: 3000 }] }).expect(422);
    expect(nothing.body.code).toBe('PO_REVISION_EMPTY');
  });

  it('keeps supplier products to one preferred supplier per product, and to procurement roles', async () => {
    const other = await post('/suppliers', supplierBody('YW-JIALI')).expect(201);
    await post(`/suppliers/${other.body.id}/products`, { productId: c.tee, supplierItemCode: 'JL-1', supplierItemName: 'T恤', unitPriceMinor: 1700, preferred: true }).expect(201);
    const suppliers = await t.http.get(`/api/v1/supplier-products?productId=${c.tee}`).set(auth(people.buyer)).expect(200);
    expect(suppliers.body.map((s: { supplierItemCode: string; preferred: boolean }) => [s.supplierItemCode, s.preferred])).toEqual([['JL-1', true], ['HX-T180-BLK-L', false]]);
    await t.http.get('/api/v1/suppliers').set(auth(await t.tokenFor(Role.Warehouse))).expect(403);
    const partner = await t.http.post('/api/v1/partners').set(auth(people.admin)).send({ code: 'SHOP', name: 'Shop', kind: 'shop' }).expect(201);
    const notSupplier = await t.http.patch(`/api/v1/suppliers/${other.body.id}`).set(auth(people.buyer)).send({ partnerId: partner.body.id }).expect(422);
    expect(notSupplier.body).toMatchObject({ code: 'PARTNER_NOT_SUPPLIER', errors: [{ field: 'partnerId' }] });
  });
});
