import { PartnerKind, Role, Scope } from '../../src/identity/roles';
import { createFloor, FloorFixture } from './inventory-fixtures';
import { addSupplierProduct, auth, createSupplier, putRate, supplierPartner } from './procurement-fixtures';
import { TestApp } from './test-app';

export { auth };

export interface People {
  admin: string;
  buyer: string;
  manager: string;
  logistics: string;
  worker: string;
  lead: string;
}

export interface InboundWorld {
  people: People;
  floor: FloorFixture;
  tee: { id: string; sku: string; gtin: string };
  hoodie: { id: string; sku: string };
  supplierId: string;
  supplierKey: string;
  forwarder: { partnerId: string; key: string };
  otherForwarder: { partnerId: string; key: string };
}

/** A catalog product over HTTP, with the HS code, size and tracking the landed-cost figures depend on. */
async function product(t: TestApp, token: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.http.post('/api/v1/products').set(auth(token)).send({
    hsCodes: {}, countryOfOrigin: 'CN', customsDescription: "Men's garment, knitted, 100% cotton", declaredValueMinor: 450, declaredValueCurrency: 'USD', ...body,
  });
  if (res.status !== 201) throw new Error(`product: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export async function forwarderPartner(t: TestApp, adminToken: string, code: string): Promise<{ partnerId: string; key: string }> {
  const partner = await t.http.post('/api/v1/partners').set(auth(adminToken)).send({ code, name: `${code} Logistics`, kind: PartnerKind.Forwarder }).expect(201);
  const key = await t.http
    .post(`/api/v1/partners/${partner.body.id}/api-keys`)
    .set(auth(adminToken))
    .send({ name: 'milestones', scopes: [Scope.ShipmentsWrite] })
    .expect(201);
  return { partnerId: partner.body.id as string, key: key.body.key as string };
}

/**
 * Staff, a warehouse floor (dock RCV-01, storage A-01-01-01..03, pick faces P-01-01-01..02,
 * quarantine QC-01), two products (T-shirt HS 610910, lot-tracked hoodie HS 611020), a Shenzhen
 * supplier selling both in CNY at 0.138 USD, and two forwarders with API keys.
 */
export async function inboundWorld(t: TestApp): Promise<InboundWorld> {
  const [admin, buyer, manager, logistics, worker, lead] = await Promise.all([
    t.tokenFor(Role.Admin), t.tokenFor(Role.Procurement), t.tokenFor(Role.ProcurementManager), t.tokenFor(Role.Logistics),
    t.tokenFor(Role.Warehouse), t.tokenFor(Role.WarehouseLead),
  ]);
  const floor = await createFloor(t);
  const tee = await product(t, buyer, {
    sku: 'TEE-BLK-M', nameEn: "Men's crew-neck T-shirt, black, M", gtin: '5901234123457', hsCode: '610910', netWeightG: 180, lengthMm: 300, widthMm: 250, heightMm: 20,
  });
  const hoodie = await product(t, buyer, {
    sku: 'HOOD-GRY-M', nameEn: "Men's hooded sweatshirt, grey, M", hsCode: '611020', netWeightG: 600, lengthMm: 400, widthMm: 300, heightMm: 60, lotTracked: true,
  });
  const supplier = await supplierPartner(t, admin, 'SZ-HUAXIN');
  const supplierId = await createSupplier(t, buyer, 'SZ-HUAXIN', { partnerId: supplier.partnerId });
  await addSupplierProduct(t, buyer, supplierId, { productId: tee, supplierItemCode: 'HX-T180-BLK-M', supplierItemName: '180g 圆领T恤', unitPriceMinor: 1850 });
  await addSupplierProduct(t, buyer, supplierId, { productId: hoodie, supplierItemCode: 'HX-H320-GRY-M', supplierItemName: '320g 连帽卫衣', unitPriceMinor: 4500 });
  await putRate(t, admin, 'CNY', '0.13800000');
  return {
    people: { admin, buyer, manager, logistics, worker, lead },
    floor,
    tee: { id: tee, sku: 'TEE-BLK-M', gtin: '5901234123457' },
    hoodie: { id: hoodie, sku: 'HOOD-GRY-M' },
    supplierId,
    supplierKey: supplier.key,
    forwarder: await forwarderPartner(t, admin, 'FWD-OCEAN'),
    otherForwarder: await forwarderPartner(t, admin, 'FWD-OTHER'),
  };
}

/** A purchase order through procurement's API: draft → submit (auto-approved under the threshold) → send → confirmed by the supplier. */
export async function confirmedOrder(t: TestApp, w: InboundWorld, lines: { productId: string; quantity: number }[]): Promise<{ id: string; number: string; lineIds: string[] }> {
  const draft = await t.http.post('/api/v1/purchase-orders').set(auth(w.people.buyer)).send({ supplierId: w.supplierId, warehouseId: w.floor.warehouseId, lines });
  if (draft.status !== 201) throw new Error(`purchase order: ${draft.status} ${JSON.stringify(draft.body)}`);
  const url = `/api/v1/purchase-orders/${draft.body.id}`;
  const submitted = await t.http.post(`${url}/submit`).set(auth(w.people.buyer)).send({}).expect(200);
  if (submitted.body.status !== 'approved') throw new Error(`expected auto-approval, got ${submitted.body.status}`);
  await t.http.post(`${url}/send`).set(auth(w.people.buyer)).send({}).expect(200);
  await t.http.post(`/api/v1/partner/purchase-orders/${draft.body.id}/confirmation`).set('X-Api-Key', w.supplierKey).send({ revision: 1 }).expect(200);
  return { id: draft.body.id as string, number: draft.body.number as string, lineIds: (draft.body.lines as { id: string }[]).map((l) => l.id) };
}

/** ISO date-time `days` from now, in UTC. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
