import { Api, eventually } from './api';

type Row = Record<string, unknown> & { id: string };

export interface FloorWorld {
  admin: Api;
  buyer: Api;
  lead: Api;
  logistics: Api;
  warehouse: { id: string; code: string };
  tee: { id: string; sku: string; gtin: string };
  cap: { id: string; sku: string; gtin: string };
  supplierId: string;
  shipment: { id: string; number: string };
  /** The carton on the shipment: 12 T-shirts. */
  sscc: string;
}

const today = () => new Date().toISOString().slice(0, 10);

async function product(api: Api, sku: string) {
  const p = await api.get<Row & { sku: string; gtin: string }>(`/products/lookup?code=${encodeURIComponent(sku)}`);
  return { id: p.id, sku: p.sku, gtin: p.gtin };
}

/**
 * What the floor flows start from, made through the API by the demo users: a supplier selling two
 * demo products, a confirmed purchase order, its shipment (a carton of 12 T-shirts plus 6 loose
 * caps) delivered to the Newark DC, a carrier with a sandbox service and a box type.
 */
export async function floorWorld(baseUrl: string): Promise<FloorWorld> {
  const [admin, buyer, lead, logistics] = await Promise.all(
    ['admin@demo.wms', 'buyer@demo.wms', 'lead@demo.wms', 'logistics@demo.wms'].map((email) => Api.login(baseUrl, email)),
  );
  const warehouses = await lead.get<{ items: (Row & { code: string })[] }>('/warehouses?q=US-NJ1');
  const warehouse = { id: warehouses.items[0].id, code: warehouses.items[0].code };
  const tee = await product(buyer, 'TEE-BLK-M');
  const cap = await product(buyer, 'CAP-BB-BLK');

  // Reused when it exists, so the demo script can run again against the same database.
  const existing = (await buyer.get<{ items: (Row & { code: string })[] }>('/suppliers?q=SZ-HUAXIN')).items.find((s) => s.code === 'SZ-HUAXIN');
  const supplier =
    existing ??
    (await buyer.post<Row>('/suppliers', {
      code: 'SZ-HUAXIN', legalNameEn: 'Shenzhen Huaxin Apparel Co., Ltd.', legalNameZh: '深圳华信服饰有限公司', country: 'CN', addressLine1: '88 Bantian Road',
      city: 'Shenzhen', region: 'Guangdong', postcode: '518129', contacts: [{ name: 'Li Wei', email: 'liwei@huaxin.example' }], defaultCurrency: 'CNY',
      defaultIncoterm: 'FOB', defaultIncotermPlace: 'Shenzhen', paymentTerms: '30% deposit, 70% before shipment', leadTimeDays: 35,
    }));
  const offers = (await buyer.get<{ items: (Row & { productId: string })[] }>(`/suppliers/${supplier.id}/products?limit=200`)).items;
  for (const [p, code, price] of [[tee, 'HX-T180-BLK-M', 1850], [cap, 'HX-CAP-BLK', 900]] as const) {
    if (offers.some((o) => o.productId === p.id)) continue;
    await buyer.post(`/suppliers/${supplier.id}/products`, { productId: p.id, supplierItemCode: code, supplierItemName: code, unitPriceMinor: price, moq: 1, unitsPerCarton: 12 });
  }
  await admin.request('PUT', `/fx-rates/CNY/${today()}`, { rate: '0.13800000' });

  const po = await buyer.post<Row & { lines: Row[] }>('/purchase-orders', { supplierId: supplier.id, warehouseId: warehouse.id, lines: [{ productId: tee.id, quantity: 12 }, { productId: cap.id, quantity: 6 }] });
  await buyer.post(`/purchase-orders/${po.id}/submit`);
  const sent = await buyer.post<Row & { revision: number }>(`/purchase-orders/${po.id}/send`);
  await buyer.post(`/purchase-orders/${po.id}/confirmation`, { revision: sent.revision });

  const forwarder = (await admin.get<{ items: Row[] }>('/partners?q=OCEANLINK')).items[0];
  const shipment = await logistics.post<Row & { number: string }>('/inbound-shipments', {
    mode: 'air', forwarderId: forwarder.id, airWaybill: '176-12345675', flightNumber: 'CA987', originPort: 'CNSZX', destinationPort: 'USEWR',
    eta: new Date(Date.now() + 60_000).toISOString(), warehouseId: warehouse.id,
    lines: [{ purchaseOrderLineId: po.lines[0].id, quantity: 12 }, { purchaseOrderLineId: po.lines[1].id, quantity: 6 }],
  });
  const carton = await logistics.post<{ sscc: string }>(`/inbound-shipments/${shipment.id}/cartons`, { contents: [{ sku: tee.sku, quantity: 12 }] });
  await logistics.post(`/inbound-shipments/${shipment.id}/milestones`, { milestone: 'delivered_to_warehouse' });

  const carriers = await logistics.get<(Row & { code: string })[]>('/carriers');
  if (!carriers.some((c) => c.code === 'SANDBOX')) {
    await logistics.post('/carriers', {
      code: 'SANDBOX', name: 'Sandbox Express', adapter: 'sandbox', trackingUrlTemplate: 'https://sandbox.example/track?n={trackingNumber}',
      services: [{ code: 'EXPRESS', name: 'Express Domestic', mailClass: 'courier', labelFormats: ['pdf', 'zpl'] }],
    });
  }
  const boxes = (await lead.get<{ items: (Row & { code: string })[] }>('/box-types?limit=200')).items;
  if (!boxes.some((b) => b.code === 'BOX-M')) {
    await lead.post('/box-types', { code: 'BOX-M', name: 'Carton M 40×30×20', innerLengthMm: 400, innerWidthMm: 300, innerHeightMm: 200, tareWeightG: 150, maxGrossWeightG: 10_000 });
  }

  return { admin, buyer, lead, logistics, warehouse, tee, cap, supplierId: supplier.id, shipment: { id: shipment.id, number: shipment.number }, sscc: carton.sscc };
}

/** A shop order for the Newark DC, sent with the demo shop's API key; returns it once allocated. */
export async function allocatedShopOrder(w: FloorWorld, externalId: string, lines: { sku: string; quantity: number }[]): Promise<Row> {
  const shop = (await w.admin.get<{ items: Row[] }>('/partners?q=SOCIAL-SHOP')).items[0];
  const key = await w.admin.post<{ key: string }>(`/partners/${shop.id}/api-keys`, { name: `orders ${externalId}`, scopes: ['orders:write'] });
  const order = await w.admin.withApiKey(key.key).post<Row>('/outbound-orders', {
    externalId, channel: 'live-video', placedAt: new Date().toISOString(), serviceLevel: 'standard',
    shipTo: { name: 'Jane Doe', addressLines: ['350 Fifth Avenue'], city: 'New York', region: 'NY', postcode: '10118', country: 'US', email: 'jane@example.com' },
    lines: lines.map((l) => ({ ...l, unitPriceMinor: 2500, currency: 'USD' })),
  });
  return eventually(async () => {
    const current = await w.lead.get<Row & { status: string }>(`/outbound-orders/${order.id}`);
    return current.status === 'allocated' ? current : null;
  }, `order ${externalId} allocated`);
}

/** A lead plans and releases a wave with the allocated orders; returns the pick list ids. */
export async function releasedWave(w: FloorWorld): Promise<string[]> {
  const wave = await w.lead.post<Row>('/waves', { warehouseId: w.warehouse.id, maxOrders: 20, maxLines: 100 });
  const released = await w.lead.post<{ pickLists: Row[] }>(`/waves/${wave.id}/release`);
  return released.pickLists.map((p) => p.id);
}
