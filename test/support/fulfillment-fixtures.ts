import { randomUUID } from 'node:crypto';
import { LocationType } from '../../src/inventory/entities/location.entity';
import { LocationService } from '../../src/inventory/services/location.service';
import { PartnerKind, Role } from '../../src/identity/roles';
import { createTee } from './inventory-fixtures';
import { TestApp } from './test-app';

/** Creates a shop partner and returns an API key of it with `orders:write`. */
export async function createShopKey(t: TestApp, code: string): Promise<string> {
  const admin = await t.tokenFor(Role.Admin);
  const partner = await t.http.post('/api/v1/partners').set('Authorization', `Bearer ${admin}`).send({ code, name: `Shop ${code}`, kind: PartnerKind.Shop }).expect(201);
  const key = await t.http
    .post(`/api/v1/partners/${partner.body.id}/api-keys`)
    .set('Authorization', `Bearer ${admin}`)
    .send({ name: 'orders', scopes: ['orders:write', 'catalog:read'] })
    .expect(201);
  return key.body.key as string;
}

/** A product without a GTIN, scanned by its SKU. */
export async function createItem(t: TestApp, sku: string, overrides: Parameters<typeof createTee>[1] = {}): Promise<string> {
  return (await createTee(t, { sku, gtin: null, nameEn: `Item ${sku}`, ...overrides })).id;
}

/** More storage bins for walk-path tests: aisles 02 and 03 of zone A. */
export async function addAisles(t: TestApp, warehouseId: string): Promise<void> {
  const locations = t.app.get(LocationService);
  await locations.bulkCreate(warehouseId, { pattern: 'A-02-01..03-01', type: LocationType.Storage });
  await locations.bulkCreate(warehouseId, { pattern: 'A-03-01..02-01', type: LocationType.Storage });
}

/** Puts stock into a bin with a receive scan, as a warehouse worker would. */
export async function receive(t: TestApp, token: string, bin: string, item: string, quantity: number): Promise<void> {
  await t.http
    .post('/api/v1/scans')
    .set('Authorization', `Bearer ${token}`)
    .set('Idempotency-Key', randomUUID())
    .send({ action: 'receive', location: bin, item, quantity })
    .expect(201);
}

export interface OrderLineInput {
  sku: string;
  quantity: number;
  unitPriceMinor?: number;
}

/** A valid shop order to a UK address; `shipTo` fields can be overridden. */
export function orderBody(externalId: string, lines: OrderLineInput[], shipTo: Record<string, unknown> = {}) {
  return {
    externalId,
    channel: 'live-video',
    placedAt: '2026-05-04T09:30:00Z',
    serviceLevel: 'standard',
    shipTo: { name: 'Jane Doe', addressLines: ['221B Baker Street'], city: 'London', postcode: 'NW1 6XE', country: 'GB', email: 'jane@example.com', ...shipTo },
    lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor ?? 2500, currency: 'GBP' })),
  };
}

/** Sum of active reservations of a product, straight from the ledger's table. */
export async function reservedUnits(t: TestApp, productId: string): Promise<number> {
  const [row] = await t.dataSource.query("SELECT COALESCE(sum(quantity), 0)::int AS n FROM reservation WHERE product_id = $1 AND status = 'active'", [productId]);
  return Number(row.n);
}
