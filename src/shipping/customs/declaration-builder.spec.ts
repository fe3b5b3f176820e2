import { ParcelFacts } from '../parcels/parcel-facts';
import { buildDeclaration, DeclarationRequest } from './declaration-builder';
import { DeclaredProduct } from './declaration-lines';
import { ContentsCategory } from './declaration.types';
import { MailClass } from './customs-forms';
import { RateSheet } from './exchange-rates';

const tee: DeclaredProduct = {
  id: 'p-tee', sku: 'TEE-BLK-M', gtin: '05901234123457', customsDescription: "Men's T-shirt, knitted, 100% cotton", customsDescriptionZh: '男士针织T恤',
  hsCode: '610910', hsCodes: { US: '6109100012', EU: '61091000' }, countryOfOrigin: 'CN', netWeightG: 180, declaredValueMinor: 4_500, declaredValueCurrency: 'USD',
};

const parcel = (country: string, overrides: Partial<ParcelFacts> = {}): ParcelFacts => ({
  parcelId: 'parcel-1', orderId: 'order-1', orderReference: 'SO-1001', sequence: 1, count: 1, grossWeightG: 600,
  dimensions: { lengthMm: 300, widthMm: 200, heightMm: 100 }, lines: [{ productId: 'p-tee', quantity: 1 }, { productId: 'p-tee', quantity: 1 }],
  shipTo: { name: 'Jane Doe', lines: ['25 Rue de Rivoli'], city: 'Paris', region: null, postcode: '75001', country, phone: null, email: null },
  serviceLevel: 'standard', iossNumber: null, warehouseId: 'wh-1', shopPartnerId: 'shop-1', ...overrides,
});

const rates = (known: Record<string, string>) => RateSheet.load({ baseCurrency: 'USD', rateToBase: async (c) => known[c] || null }, '2026-03-02', Object.keys(known));

async function request(p: ParcelFacts, mailClass = MailClass.ParcelPost, known: Record<string, string> = { EUR: '1.08', XDR: '1.36' }): Promise<DeclarationRequest> {
  return {
    parcel: p, products: new Map([[tee.id, tee]]), shipDate: '2026-03-02', mailClass, category: ContentsCategory.SaleOfGoods,
    categoryExplanation: null, reasonForExport: null, rates: await rates(known), ddpTerritories: new Set(), declaredBy: 'clerk@test',
    sender: { name: 'WMS Retail', addressLines: ['100 Port St', 'NEWARK NJ 07114', 'UNITED STATES'], city: 'Newark', country: 'US', phone: null, email: null, references: { eori: 'US123' } },
  };
}

describe('declaration builder', () => {
  it('merges lines of one product, values them in the destination currency and picks its tariff code', async () => {
    const { draft, violations } = buildDeclaration(await request(parcel('FR')));
    expect(violations).toEqual([]);
    // 45.00 USD at 1.08 USD per EUR = 41.67 EUR a unit
    expect(draft.items).toEqual([expect.objectContaining({ sku: 'TEE-BLK-M', quantity: 2, netWeightG: 360, unitValueMinor: 4_167, valueMinor: 8_334, currency: 'EUR', hsCode: '61091000' })]);
    expect(draft).toMatchObject({ currency: 'EUR', totalValueMinor: 8_334, valueEurMinor: 8_334, form: 'cn23', incoterm: 'DAP', invoiceNumber: 'CI-SO-1001-1' });
    expect(draft.importerOfRecord).toMatchObject({ party: 'recipient', name: 'Jane Doe' });
    expect(draft.recipient.addressLines).toEqual(['25 Rue de Rivoli', '75001 PARIS', 'FRANCE']);
  });

  it('takes the IOSS path up to €150: DDP, the seller imports, the number kept for the electronic data', async () => {
    const { draft } = buildDeclaration(await request(parcel('DE', { iossNumber: 'IM2760000001' })));
    expect(draft).toMatchObject({ iossApplies: true, iossNumber: 'IM2760000001', incoterm: 'DDP', importerOfRecord: { party: 'sender', references: { eori: 'US123' } } });
    const above = buildDeclaration(await request(parcel('DE', { iossNumber: 'IM2760000001', lines: [{ productId: 'p-tee', quantity: 4 }] })));
    expect(above.draft).toMatchObject({ iossApplies: false, iossNumber: null, incoterm: 'DAP' });
  });

  it('chooses CN 22 for light, cheap letter post and a commercial invoice for courier', async () => {
    expect(buildDeclaration(await request(parcel('FR'), MailClass.LetterPost)).draft).toMatchObject({ form: 'cn22', valueSdrMinor: 6_618 });
    expect(buildDeclaration(await request(parcel('FR'), MailClass.Courier)).draft.form).toBe('commercial_invoice');
  });

  it('reports a missing exchange rate as a violation instead of guessing a value', async () => {
    const { violations } = buildDeclaration(await request(parcel('FR'), MailClass.LetterPost, { EUR: '1.08', XDR: '' }));
    expect(violations).toEqual([expect.objectContaining({ field: 'currency', rule: 'FX_RATE_AVAILABLE', message: expect.stringContaining('XDR') })]);
  });

  it('names the line whose currency has no rate, without also calling its value zero', async () => {
    const { violations } = buildDeclaration(await request(parcel('FR'), MailClass.ParcelPost, { XDR: '1.36' }));
    expect(violations).toEqual([expect.objectContaining({ field: 'items[0].currency', rule: 'FX_RATE_AVAILABLE', message: expect.stringContaining('EUR') })]);
  });
});
