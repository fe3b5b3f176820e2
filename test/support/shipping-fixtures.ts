import { randomUUID } from 'node:crypto';
import { ProductService } from '../../src/catalog';
import { OutboxRelay } from '../../src/common/jobs/outbox-relay.service';
import { PartnerKind, Role, Scope } from '../../src/identity/roles';
import { LocationService, LocationType, WarehouseService } from '../../src/inventory';
import { createShopKey } from './fulfillment-fixtures';
import { TestApp } from './test-app';

export const as = (token: string) => ({ Authorization: `Bearer ${token}` });
export const GS = '\u001d';

export interface ShippingStaff {
  admin: string;
  lead: string;
  packer: string;
  logistics: string;
}

export async function shippingStaff(t: TestApp): Promise<ShippingStaff> {
  const [admin, lead, packer, logistics] = await Promise.all([
    t.tokenFor(Role.Admin), t.tokenFor(Role.WarehouseLead), t.tokenFor(Role.Warehouse), t.tokenFor(Role.Logistics),
  ]);
  return { admin, lead, packer, logistics };
}

/** A UK fulfilment centre: every parcel to the US or the EU crosses a customs border. */
export async function londonWarehouse(t: TestApp): Promise<{ warehouseId: string; bin: (code: string) => string }> {
  const warehouse = await t.app.get(WarehouseService).create({
    code: 'GB-LON1', name: 'London DC', addressLine1: '1 Dock Road', city: 'London', postcode: 'E16 1AA', country: 'GB', timezone: 'Europe/London',
  });
  const locations = t.app.get(LocationService);
  for (const [pattern, type] of [
    ['A-01-01-01..04', LocationType.Storage], ['PACK-01', LocationType.Packing], ['SHIP-01', LocationType.Shipping],
  ] as const) {
    await locations.bulkCreate(warehouse.id, { pattern, type });
  }
  return { warehouseId: warehouse.id, bin: (code) => `LOC:GB-LON1:${code}` };
}

/** A T-shirt with US and EU tariff codes, and a hoodie whose national codes are missing and value is 0. */
export async function apparel(t: TestApp): Promise<{ tee: string; hoodie: string }> {
  const products = t.app.get(ProductService);
  const base = { countryOfOrigin: 'CN', lengthMm: 300, widthMm: 250, heightMm: 30, declaredValueCurrency: 'USD' };
  const tee = await products.create({
    ...base, sku: 'TEE-BLK-M', nameEn: "Men's crew-neck T-shirt, black, M", nameZh: '男士圆领T恤 黑色 M', gtin: '5901234123457', hsCode: '610910',
    hsCodes: { US: '6109100012', EU: '61091000' }, netWeightG: 180, customsDescription: "Men's T-shirt, knitted, 100% cotton", declaredValueMinor: 4_500,
  });
  const hoodie = await products.create({
    ...base, sku: 'HOOD-GRY-L', nameEn: "Men's hooded sweatshirt, grey, L", nameZh: '男士连帽卫衣 灰色 L', hsCode: '611020', netWeightG: 600,
    customsDescription: "Men's hooded sweatshirt, knitted, cotton", declaredValueMinor: 0,
  });
  return { tee: tee.id, hoodie: hoodie.id };
}

export async function boxTypes(t: TestApp, lead: string): Promise<void> {
  await t.http.post('/api/v1/box-types').set(as(lead)).send({
    code: 'BOX-M', name: 'Carton M', innerLengthMm: 400, innerWidthMm: 300, innerHeightMm: 200, tareWeightG: 150, maxGrossWeightG: 10_000,
  }).expect(201);
}

/** Rates into USD from New Year's Day, so any 2026 ship date finds them; SDR is stored as XDR. */
export async function fxRates(t: TestApp, admin: string): Promise<void> {
  for (const [currency, rate] of [['EUR', '1.08'], ['XDR', '1.36'], ['GBP', '1.27']]) {
    await t.http.put(`/api/v1/fx-rates/${currency}/2026-01-01`).set(as(admin)).send({ rate }).expect(200);
  }
}

export async function receive(t: TestApp, token: string, bin: string, item: string, quantity: number): Promise<void> {
  await t.http.post('/api/v1/scans').set(as(token)).set('Idempotency-Key', randomUUID()).send({ action: 'receive', location: bin, item, quantity }).expect(201);
}

export interface ShopOrder {
  lines: { sku: string; quantity: number }[];
  shipTo: Record<string, unknown>;
  iossNumber?: string;
}

type PickLine = { sku: string; locationCode: string; openQuantity: number; status: string; toteSlot: number };

/**
 * Orders from the shop through fulfillment's own flow: allocated, waved, picked, packed into one
 * parcel each and closed at the weight the scale would show. Returns the parcel id per order.
 */
export async function packedParcels(t: TestApp, staff: ShippingStaff, warehouse: { warehouseId: string; bin: (c: string) => string }, orders: Record<string, ShopOrder>): Promise<Record<string, string>> {
  const shop = await createShopKey(t, 'SHOP');
  const ids: Record<string, string> = {};
  for (const [externalId, order] of Object.entries(orders)) {
    const body = {
      externalId, channel: 'web', placedAt: '2026-03-01T09:30:00Z', serviceLevel: 'standard', shipTo: order.shipTo,
      lines: order.lines.map((l) => ({ ...l, unitPriceMinor: 5_000, currency: 'USD' })), ...(order.iossNumber ? { customs: { iossNumber: order.iossNumber } } : {}),
    };
    const created = await t.http.post('/api/v1/outbound-orders').set('X-Api-Key', shop).send(body);
    if (created.status !== 201) throw new Error(`order ${externalId}: ${created.status} ${JSON.stringify(created.body)}`);
    ids[externalId] = created.body.id;
  }
  await t.app.get(OutboxRelay).tick();
  const wave = await t.http.post('/api/v1/waves').set(as(staff.lead)).send({ warehouseId: warehouse.warehouseId, maxOrders: 20, maxLines: 100 }).expect(201);
  const released = await t.http.post(`/api/v1/waves/${wave.body.id}/release`).set(as(staff.lead)).send({}).expect(200);
  for (const { id } of released.body.pickLists as { id: string }[]) {
    const list = await t.http.get(`/api/v1/pick-lists/${id}`).set(as(staff.packer)).expect(200);
    for (const line of (list.body.lines as PickLine[]).filter((l) => l.status === 'open')) {
      await t.http.post(`/api/v1/pick-lists/${id}/picks`).set(as(staff.packer))
        .send({ location: warehouse.bin(line.locationCode), item: line.sku, quantity: line.openQuantity, tote: line.toteSlot }).expect(201);
    }
  }
  const parcels: Record<string, string> = {};
  for (const [externalId, order] of Object.entries(orders)) {
    const session = `/api/v1/pack-sessions/${ids[externalId]}`;
    await t.http.post('/api/v1/pack-sessions').set(as(staff.packer)).send({ order: externalId }).expect(200);
    const parcelId = (await t.http.post(`${session}/parcels`).set(as(staff.packer)).send({ boxTypeCode: 'BOX-M' }).expect(201)).body.openParcelId as string;
    let packed: { parcels: { id: string; computedWeightG: number }[] } = { parcels: [] };
    for (const line of order.lines) {
      packed = (await t.http.post(`${session}/parcels/${parcelId}/items`).set(as(staff.packer)).set('Idempotency-Key', randomUUID())
        .send({ item: line.sku, quantity: line.quantity }).expect(200)).body;
    }
    const computed = packed.parcels.find((p) => p.id === parcelId)!.computedWeightG;
    await t.http.post(`${session}/parcels/${parcelId}/close`).set(as(staff.packer)).send({ grossWeightG: computed + 20 }).expect(200);
    parcels[externalId] = parcelId;
  }
  return parcels;
}

export interface CarrierSetup {
  postalId: string;
  sandboxId: string;
  /** API keys with labels:read, parcels:read, manifests:write and tracking:write for each carrier's partner. */
  postalKey: string;
  sandboxKey: string;
}

async function carrierPartner(t: TestApp, admin: string, code: string): Promise<{ partnerId: string; key: string }> {
  const partner = await t.http.post('/api/v1/partners').set(as(admin)).send({ code, name: code, kind: PartnerKind.Carrier }).expect(201);
  const key = await t.http.post(`/api/v1/partners/${partner.body.id}/api-keys`).set(as(admin))
    .send({ name: 'labels', scopes: [Scope.LabelsRead, Scope.ParcelsRead, Scope.ManifestsWrite, Scope.TrackingWrite] }).expect(201);
  return { partnerId: partner.body.id, key: key.body.key };
}

/** Royal Mail style postal operator (S10 numbers …GB) and the sandbox courier, each with its partner key. */
export async function carriers(t: TestApp, staff: ShippingStaff): Promise<CarrierSetup> {
  const postalPartner = await carrierPartner(t, staff.admin, 'POSTAL-GB');
  const sandboxPartner = await carrierPartner(t, staff.admin, 'SANDBOX-EXPRESS');
  const postal = await t.http.post('/api/v1/carriers').set(as(staff.logistics)).send({
    code: 'POSTAL', name: 'National Post', adapter: 'postal', trackingUrlTemplate: 'https://track.post.example/{trackingNumber}',
    partnerId: postalPartner.partnerId, settings: { s10Country: 'GB' },
    services: [
      { code: 'INTL-LETTER', name: 'International Tracked Letter', mailClass: 'letter_post', labelFormats: ['pdf', 'zpl'], settings: { s10ServiceIndicator: 'LX' } },
      { code: 'INTL-PARCEL', name: 'International Parcel', mailClass: 'parcel_post', labelFormats: ['pdf', 'zpl'], settings: { s10ServiceIndicator: 'CP' } },
    ],
  }).expect(201);
  const sandbox = await t.http.post('/api/v1/carriers').set(as(staff.logistics)).send({
    code: 'SANDBOX', name: 'Sandbox Express', adapter: 'sandbox', trackingUrlTemplate: 'https://sandbox.example/track?n={trackingNumber}',
    partnerId: sandboxPartner.partnerId, services: [{ code: 'EXPRESS', name: 'Express Worldwide', mailClass: 'courier', labelFormats: ['pdf', 'zpl'] }],
  }).expect(201);
  return { postalId: postal.body.id, sandboxId: sandbox.body.id, postalKey: postalPartner.key, sandboxKey: sandboxPartner.key };
}
