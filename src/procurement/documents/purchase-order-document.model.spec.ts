import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { Supplier } from '../entities/supplier.entity';
import { buildPurchaseOrderDocument, DocumentSources } from './purchase-order-document.model';

const po = {
  number: 'PO-2026-00042', revision: 3, createdAt: new Date('2026-02-03T23:30:00Z'), currency: 'CNY', incoterm: 'FOB', incotermPlace: 'Shenzhen',
  paymentTerms: '30% deposit, 70% before shipment', requestedReadyDate: '2026-04-10', transportMode: null, totalMinor: 1_213_750, notes: null,
  createdBy: 'buyer@demo.wms',
} as unknown as PurchaseOrder;

const supplier = {
  legalNameEn: 'Shenzhen Huaxin Apparel Co., Ltd.', legalNameZh: '深圳华信服饰有限公司', addressLine1: '88 Bantian Road', addressLine2: null,
  city: 'Shenzhen', region: 'Guangdong', postcode: '518129', country: 'CN',
  contacts: [{ name: 'Wang Fang', email: null, phone: '+86 138 0000 0000', wechatId: null }, { name: 'Li Wei', email: 'liwei@huaxin.example', phone: null, wechatId: 'liwei_hx' }],
} as unknown as Supplier;

const line = (extra: Partial<PurchaseOrderLine>) =>
  ({
    lineNo: 1, sku: 'TEE-M-BLK-L', supplierItemCode: 'HX-T180-BLK-L', productNameEn: "Men's crew-neck T-shirt", productNameZh: '男士圆领T恤',
    quantity: 600, quantityCancelled: 0, unitPriceMinor: 1_850, promisedDate: '2026-04-15', confirmedDate: null, ...extra,
  }) as PurchaseOrderLine;

const sources = (extra: Partial<DocumentSources> = {}): DocumentSources => ({
  po, supplier,
  lines: [line({}), line({ lineNo: 2, sku: 'HOOD-M-GRY-M', productNameZh: null, quantity: 230, quantityCancelled: 30, unitPriceMinor: 4_500, confirmedDate: '2026-04-20' })],
  warehouse: { code: 'US-NJ1', name: 'Newark DC', addressLine1: '100 Port St', addressLine2: null, city: 'Newark', region: 'NJ', postcode: '07114', country: 'US' },
  buyer: { name: 'WMS Retail', address: '1 Main St; Newark NJ 07102; US', contact: 'buyer@demo.wms' },
  ...extra,
});

describe('buildPurchaseOrderDocument', () => {
  it('names the file and dates the order in UTC', () => {
    const model = buildPurchaseOrderDocument(sources());
    expect(model).toMatchObject({ title: 'Purchase order PO-2026-00042', fileName: 'PO-2026-00042-r3.pdf', revision: 3, orderDate: '2026-02-03' });
  });

  it('prints the incoterm with its named place and the payment terms', () => {
    expect(buildPurchaseOrderDocument(sources()).terms).toEqual([
      { label: 'Incoterm', value: 'FOB Shenzhen (Incoterms 2020)' },
      { label: 'Payment terms', value: '30% deposit, 70% before shipment' },
      { label: 'Currency', value: 'CNY' },
      { label: 'Requested ready date', value: '2026-04-10' },
    ]);
  });

  it('has buyer, supplier (English and Chinese name, e-mail contact) and ship-to blocks', () => {
    const model = buildPurchaseOrderDocument(sources());
    expect(model.buyer).toEqual({ heading: 'Buyer', name: 'WMS Retail', lines: ['1 Main St', 'Newark NJ 07102', 'US', 'buyer@demo.wms'] });
    expect(model.supplier.name).toBe('Shenzhen Huaxin Apparel Co., Ltd.');
    expect(model.supplier.lines).toEqual(['深圳华信服饰有限公司', '88 Bantian Road', '518129 Shenzhen Guangdong', 'CN', 'Li Wei · liwei@huaxin.example · WeChat liwei_hx']);
    expect(model.shipTo).toEqual({ heading: 'Ship to', name: 'Newark DC (US-NJ1)', lines: ['100 Port St', '07114 Newark NJ', 'US'] });
  });

  it('prints quantities net of cancellations, amounts in the currency’s decimals, and the confirmed date when there is one', () => {
    const [tee, hoodie] = buildPurchaseOrderDocument(sources()).lines;
    expect(tee).toEqual({
      lineNo: '1', sku: 'TEE-M-BLK-L', supplierItemCode: 'HX-T180-BLK-L', nameEn: "Men's crew-neck T-shirt", nameZh: '男士圆领T恤',
      quantity: '600', unitPrice: '18.50', amount: '11,100.00', promisedDate: '2026-04-15',
    });
    expect(hoodie).toMatchObject({ quantity: '200', amount: '9,000.00', nameZh: '', promisedDate: '2026-04-20' });
    expect(buildPurchaseOrderDocument(sources()).total).toBe('12,137.50 CNY');
  });

  it('uses no decimals for a currency without a minor unit', () => {
    const yen = { ...po, currency: 'JPY', totalMinor: 1_110_000 } as PurchaseOrder;
    const model = buildPurchaseOrderDocument(sources({ po: yen, lines: [line({ unitPriceMinor: 1_850 })] }));
    expect(model.lines[0]).toMatchObject({ unitPrice: '1,850', amount: '1,110,000' });
    expect(model.total).toBe('1,110,000 JPY');
  });
});
