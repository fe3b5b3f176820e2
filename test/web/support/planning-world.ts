import { Client } from 'pg';
import { Api } from './api';

type Row = Record<string, unknown> & { id: string };

export interface SpikeWorld {
  buyer: Api;
  warehouseId: string;
  product: { id: string; sku: string };
  /** A draft purchase order of 20 units: the arrival the projection chart must mark. */
  draft: { id: string; number: string };
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Past demand written straight into the ledger table, because the ledger stamps every posting with
 * now(): `unitsPerDay` shipped from a packing bench of the warehouse on each day `fromAge`…`toAge`
 * days ago. Each ship follows a receipt of the same units into the bench, so the ledger still
 * replays to the current balances.
 */
async function shippedHistory(databaseUrl: string, productId: string, warehouseCode: string, unitsPerDay: number, fromAge: number, toAge: number): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO stock_movement (type, product_id, from_location_id, to_location_id, quantity, actor_type, actor_id, occurred_at)
       SELECT k.type, $1, CASE WHEN k.type = 'ship' THEN bench.id END, CASE WHEN k.type = 'receipt' THEN bench.id END, $3, 'system', 'web-test',
              now() - age * interval '1 day' - k.earlier
         FROM (SELECT l.id FROM location l JOIN warehouse w ON w.id = l.warehouse_id WHERE w.code = $2 AND l.code = 'PACK-01') bench
        CROSS JOIN generate_series($4::int, $5::int) age
        CROSS JOIN (VALUES ('receipt', interval '1 hour'), ('ship', interval '0')) AS k(type, earlier)`,
      [productId, warehouseCode, unitsPerDay, fromAge, toAge],
    );
  } finally {
    await db.end();
  }
}

/**
 * A new SKU gone viral in the Newark DC: sold by its own supplier (MOQ 100, cartons of 20, 20 days
 * production), 2 units a day for two months and 40 a day over the last three days, no stock, and a
 * draft purchase order of 20 units on the way. A recompute then suggests a sea reorder and an air
 * expedite for it.
 */
export async function spikeWorld(baseUrl: string, databaseUrl: string): Promise<SpikeWorld> {
  const [admin, buyer] = await Promise.all([Api.login(baseUrl, 'admin@demo.wms'), Api.login(baseUrl, 'buyer@demo.wms')]);
  const suffix = Date.now().toString(36).toUpperCase().slice(-6);
  const warehouse = (await buyer.get<{ items: (Row & { code: string })[] }>('/warehouses?q=US-NJ1')).items[0];
  const product = await buyer.post<Row & { sku: string }>('/products', {
    sku: `TEE-VIRAL-${suffix}`, nameEn: 'Viral crew-neck T-shirt, M', nameZh: '爆款圆领T恤 M', hsCode: '610910', countryOfOrigin: 'CN',
    netWeightG: 180, lengthMm: 300, widthMm: 250, heightMm: 20, customsDescription: "Men's T-shirt, knitted, 100% cotton",
    declaredValueMinor: 450, declaredValueCurrency: 'USD',
  });
  const supplier = await buyer.post<Row>('/suppliers', {
    code: `SZ-VIRAL-${suffix}`, legalNameEn: 'Shenzhen Viral Apparel Co., Ltd.', legalNameZh: '深圳爆款服饰有限公司', country: 'CN', addressLine1: '88 Bantian Road',
    city: 'Shenzhen', region: 'Guangdong', postcode: '518129', contacts: [{ name: 'Li Wei', email: 'liwei@viral.example' }], defaultCurrency: 'CNY',
    defaultIncoterm: 'FOB', defaultIncotermPlace: 'Shenzhen', paymentTerms: '30% deposit, 70% before shipment', leadTimeDays: 35,
  });
  await buyer.post(`/suppliers/${supplier.id}/products`, {
    productId: product.id, supplierItemCode: `VR-${suffix}`, supplierItemName: '爆款圆领T恤', unitPriceMinor: 1850, preferred: true,
    moq: 100, unitsPerCarton: 20, cartonGrossWeightG: 4000, leadTimeDays: 20,
  });
  await admin.request('PUT', `/fx-rates/CNY/${today()}`, { rate: '0.13800000' });
  const draft = await buyer.post<Row & { number: string }>('/purchase-orders', { supplierId: supplier.id, warehouseId: warehouse.id, lines: [{ productId: product.id, quantity: 20 }] });

  await shippedHistory(databaseUrl, product.id, warehouse.code, 2, 3, 55);
  await shippedHistory(databaseUrl, product.id, warehouse.code, 40, 0, 2);
  return { buyer, warehouseId: warehouse.id, product: { id: product.id, sku: product.sku }, draft: { id: draft.id, number: draft.number } };
}
