import { gs1CheckDigit } from '../../../src/common/codes/gs1';
import { SystemActor } from '../../../src/identity/actor';
import { LocationType } from '../../../src/inventory/entities/location.entity';
import { MovementType } from '../../../src/inventory/entities/stock-movement.entity';
import { LocationService } from '../../../src/inventory/services/location.service';
import { StockLedgerService } from '../../../src/inventory/services/stock-ledger.service';
import { WarehouseService } from '../../../src/inventory/services/warehouse.service';
import { BenchApp } from './bench-app';

export const WAREHOUSE_CODE = 'BENCH-1';
/** 20 aisles × 25 racks × 4 levels = 2,000 storage bins: two per product. */
const STORAGE_RANGE = 'A-01..20-01..25-01..04';
const HOT_BIN = 'RCV-01';
const POSTING_SIZE = 1000;

export interface BenchProduct {
  id: string;
  gtin13: string;
  /** Its two storage bins, as location ids and as printed barcodes. */
  bins: [{ id: string; barcode: string }, { id: string; barcode: string }];
}

export interface ScanFloor {
  warehouseId: string;
  products: BenchProduct[];
  hotBin: { id: string; barcode: string };
}

/** A valid GTIN-13 in the GS1 prefix 20–29 range, kept for in-store numbering, so it is no real product's. */
function gtin13(n: number): string {
  const body = `20${String(n).padStart(10, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
}

/**
 * Products in one INSERT, filling every NOT NULL column within the product CHECKs
 * (SKU format, 14-digit GTIN, 6-digit HS code, positive weight and dimensions).
 */
async function insertProducts(bench: BenchApp, count: number): Promise<{ id: string; gtin13: string }[]> {
  const gtins = Array.from({ length: count }, (_, i) => gtin13(i + 1));
  const rows: { id: string; gtin: string }[] = await bench.dataSource.query(
    `INSERT INTO product (sku, name_en, gtin, hs_code, country_of_origin, net_weight_g, length_mm, width_mm, height_mm,
                          customs_description, declared_value_minor, declared_value_currency, version)
     SELECT 'BENCH-' || lpad(n::text, 5, '0'), 'Bench item ' || n, '0' || g, '610910', 'CN', 180, 300, 250, 20,
            'T-shirt, knitted, 100% cotton', 450, 'USD', 1
       FROM unnest($1::text[]) WITH ORDINALITY AS t(g, n)
     RETURNING id, gtin`,
    [gtins],
  );
  return rows.map((r) => ({ id: r.id, gtin13: r.gtin.slice(1) }));
}

/**
 * A warehouse with 2,000 storage bins and a receiving bin, `productCount` products with
 * `unitsPerBin` units in each of their two bins, received through the ledger like any stock.
 */
export async function seedScanFloor(bench: BenchApp, productCount: number, unitsPerBin: number): Promise<ScanFloor> {
  const warehouse = await bench.app.get(WarehouseService).create({
    code: WAREHOUSE_CODE, name: 'Bench DC', addressLine1: '1 Bench Road', city: 'Newark', region: 'NJ', postcode: '07114', country: 'US', timezone: 'America/New_York',
  });
  const locations = bench.app.get(LocationService);
  await locations.bulkCreate(warehouse.id, { pattern: STORAGE_RANGE, type: LocationType.Storage });
  await locations.bulkCreate(warehouse.id, { pattern: HOT_BIN, type: LocationType.Receiving });
  const bins: { id: string; code: string; barcode: string }[] = await bench.dataSource.query(
    "SELECT id, code, barcode FROM location WHERE warehouse_id = $1 AND type = 'storage' ORDER BY pick_sequence",
    [warehouse.id],
  );
  if (bins.length < productCount * 2) throw new Error(`${bins.length} bins for ${productCount} products; two per product needed`);
  const [hot] = await bench.dataSource.query('SELECT id, barcode FROM location WHERE warehouse_id = $1 AND code = $2', [warehouse.id, HOT_BIN]);

  const products: BenchProduct[] = (await insertProducts(bench, productCount)).map((p, i) => ({
    ...p,
    bins: [
      { id: bins[2 * i].id, barcode: bins[2 * i].barcode },
      { id: bins[2 * i + 1].id, barcode: bins[2 * i + 1].barcode },
    ],
  }));
  const receipts = products.flatMap((p) =>
    p.bins.map((bin) => ({ type: MovementType.Receipt, productId: p.id, toLocationId: bin.id, quantity: unitsPerBin })),
  );
  const ledger = bench.app.get(StockLedgerService);
  const actor: SystemActor = { kind: 'system', id: 'bench-seed' };
  for (let start = 0; start < receipts.length; start += POSTING_SIZE) {
    await ledger.post({ actor, idempotencyKey: `bench-seed:${start}` }, receipts.slice(start, start + POSTING_SIZE));
  }
  return { warehouseId: warehouse.id, products, hotBin: { id: hot.id, barcode: hot.barcode } };
}
