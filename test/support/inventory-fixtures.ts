import { ProductService } from '../../src/catalog';
import { LocationType } from '../../src/inventory/entities/location.entity';
import { LocationService } from '../../src/inventory/services/location.service';
import { WarehouseService } from '../../src/inventory/services/warehouse.service';
import { TestApp } from './test-app';

export interface FloorFixture {
  warehouseId: string;
  /** Location barcodes by code. */
  bin: (code: string) => string;
  locationId: (code: string) => Promise<string>;
}

/** A small warehouse: receiving dock, storage, pick faces, a packing bench, a quarantine cage. */
export async function createFloor(t: TestApp, code = 'US-NJ1'): Promise<FloorFixture> {
  const warehouse = await t.app.get(WarehouseService).create({
    code, name: 'Newark DC', addressLine1: '100 Port Street', city: 'Newark', region: 'NJ', postcode: '07114', country: 'US', timezone: 'America/New_York',
  });
  const locations = t.app.get(LocationService);
  for (const [pattern, type] of [
    ['RCV-01', LocationType.Receiving],
    ['A-01-01-01..03', LocationType.Storage],
    ['P-01-01-01..02', LocationType.PickFace],
    ['PACK-01', LocationType.Packing],
    ['QC-01', LocationType.Quarantine],
  ] as const) {
    await locations.bulkCreate(warehouse.id, { pattern, type });
  }
  return {
    warehouseId: warehouse.id,
    bin: (c) => `LOC:${code}:${c}`,
    locationId: async (c) => (await locations.getByBarcode(`LOC:${code}:${c}`)).id,
  };
}

export async function createTee(t: TestApp, overrides: Partial<Parameters<ProductService['create']>[0]> = {}) {
  return t.app.get(ProductService).create({
    sku: 'TEE-BLK-M', nameEn: "Men's crew-neck T-shirt, black, M", nameZh: '男士圆领T恤 黑色 M', gtin: '5901234123457', hsCode: '610910',
    hsCodes: { US: '6109100012', EU: '61091000' }, countryOfOrigin: 'CN', netWeightG: 180, lengthMm: 300, widthMm: 250, heightMm: 20,
    customsDescription: "Men's T-shirt, knitted, 100% cotton", declaredValueMinor: 450, declaredValueCurrency: 'USD',
    ...overrides,
  });
}
