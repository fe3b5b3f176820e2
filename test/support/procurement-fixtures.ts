import { OutboxRelay } from '../../src/common/jobs/outbox-relay.service';
import { PartnerKind, Role, Scope } from '../../src/identity/roles';
import { TestApp } from './test-app';

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
export const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
export const today = () => new Date().toISOString().slice(0, 10);
export const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export interface Staff {
  admin: string;
  buyer: string;
  /** Two managers, so one can approve what the other created. */
  manager: string;
  otherManager: string;
}

export async function staff(t: TestApp): Promise<Staff> {
  const [admin, buyer, manager, otherManager] = await Promise.all([
    t.tokenFor(Role.Admin), t.tokenFor(Role.Procurement), t.tokenFor(Role.ProcurementManager), t.tokenFor(Role.ProcurementManager),
  ]);
  return { admin, buyer, manager, otherManager };
}

export async function createProduct(t: TestApp, token: string, sku: string, nameEn: string, nameZh: string): Promise<string> {
  const res = await t.http.post('/api/v1/products').set(auth(token)).send({
    sku, nameEn, nameZh, hsCode: '610910', hsCodes: { US: '6109100012', EU: '61091000' }, countryOfOrigin: 'CN',
    netWeightG: 180, lengthMm: 300, widthMm: 250, heightMm: 20, customsDescription: "Men's T-shirt, knitted, 100% cotton",
    declaredValueMinor: 450, declaredValueCurrency: 'USD',
  });
  if (res.status !== 201) throw new Error(`product ${sku}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export async function createWarehouse(t: TestApp, code = 'US-NJ1'): Promise<string> {
  const lead = await t.tokenFor(Role.WarehouseLead);
  const res = await t.http.post('/api/v1/warehouses').set(auth(lead)).send({
    code, name: 'Newark DC', addressLine1: '100 Port St', city: 'Newark', region: 'NJ', postcode: '07114', country: 'US', timezone: 'America/New_York',
  });
  if (res.status !== 201) throw new Error(`warehouse: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** A `supplier` partner with an API key holding the purchase-order scopes. */
export async function supplierPartner(t: TestApp, adminToken: string, code: string): Promise<{ partnerId: string; key: string }> {
  const partner = await t.http.post('/api/v1/partners').set(auth(adminToken)).send({ code, name: code, kind: PartnerKind.Supplier }).expect(201);
  const key = await t.http
    .post(`/api/v1/partners/${partner.body.id}/api-keys`)
    .set(auth(adminToken))
    .send({ name: 'supplier portal', scopes: [Scope.PurchaseOrdersRead, Scope.PurchaseOrdersConfirm] })
    .expect(201);
  return { partnerId: partner.body.id as string, key: key.body.key as string };
}

export function supplierBody(code: string, extra: Record<string, unknown> = {}) {
  return {
    code, legalNameEn: `${code} Apparel Co., Ltd.`, legalNameZh: '深圳华信服饰有限公司', country: 'CN',
    addressLine1: '88 Bantian Road', city: 'Shenzhen', region: 'Guangdong', postcode: '518129',
    contacts: [{ name: 'Li Wei', email: 'liwei@huaxin.example', phone: '+86 755 1234 5678', wechatId: 'liwei_hx' }],
    defaultCurrency: 'CNY', defaultIncoterm: 'FOB', defaultIncotermPlace: 'Shenzhen', paymentTerms: '30% deposit, 70% before shipment',
    leadTimeDays: 35, ...extra,
  };
}

export async function createSupplier(t: TestApp, token: string, code: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.http.post('/api/v1/suppliers').set(auth(token)).send(supplierBody(code, extra));
  if (res.status !== 201) throw new Error(`supplier ${code}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export async function addSupplierProduct(t: TestApp, token: string, supplierId: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.http.post(`/api/v1/suppliers/${supplierId}/products`).set(auth(token)).send(body);
  if (res.status !== 201) throw new Error(`supplier product: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export async function putRate(t: TestApp, adminToken: string, currency: string, rate: string, date = today()): Promise<void> {
  await t.http.put(`/api/v1/fx-rates/${currency}/${date}`).set(auth(adminToken)).send({ rate }).expect(200);
}

/** A supplier selling two products, with a CNY rate for today: what most purchase-order tests start from. */
export interface Catalogue {
  warehouseId: string;
  supplierId: string;
  tee: string;
  hoodie: string;
}

export async function catalogue(t: TestApp, people: Staff, extra: Record<string, unknown> = {}): Promise<Catalogue> {
  const tee = await createProduct(t, people.buyer, 'TEE-M-BLK-L', "Men's crew-neck T-shirt, black, L", '男士圆领T恤 黑色 L');
  const hoodie = await createProduct(t, people.buyer, 'HOOD-M-GRY-M', "Men's hooded sweatshirt, grey, M", '男士连帽卫衣 灰色 M');
  const warehouseId = await createWarehouse(t);
  const supplierId = await createSupplier(t, people.buyer, 'SZ-HUAXIN', extra);
  await addSupplierProduct(t, people.buyer, supplierId, {
    productId: tee, supplierItemCode: 'HX-T180-BLK-L', supplierItemName: '180g 精梳棉圆领T恤', unitPriceMinor: 1850, moq: 500, unitsPerCarton: 50,
    cartonGrossWeightG: 9800, cartonLengthMm: 600, cartonWidthMm: 400, cartonHeightMm: 300, preferred: true,
  });
  await addSupplierProduct(t, people.buyer, supplierId, {
    productId: hoodie, supplierItemCode: 'HX-H320-GRY-M', supplierItemName: '320g 抓绒连帽卫衣', unitPriceMinor: 4500, moq: 200, unitsPerCarton: 20,
  });
  await putRate(t, people.admin, 'CNY', '0.13800000');
  return { warehouseId, supplierId, tee, hoodie };
}

export async function createDraft(t: TestApp, token: string, c: Catalogue, lines: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  const res = await t.http.post('/api/v1/purchase-orders').set(auth(token)).send({ supplierId: c.supplierId, warehouseId: c.warehouseId, lines, ...extra });
  if (res.status !== 201) throw new Error(`purchase order: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; number: string; status: string; lines: { id: string }[] };
}

/** Runs the outbox until it is empty (in-process transport: each tick runs its jobs before returning). */
export async function drainJobs(t: TestApp): Promise<void> {
  const relay = t.app.get(OutboxRelay);
  while ((await relay.tick()) > 0);
}

/** Settings for apps that run jobs only when a test ticks the relay. */
export const MANUAL_JOBS = { RUN_WORKERS: 'true', OUTBOX_POLL_INTERVAL_MS: '3600000' };

/** Collects a binary response body into a Buffer (supertest's parser for `.parse()`); the response is a Node stream. */
export function binary(res: unknown, done: (err: Error | null, body: Buffer) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
