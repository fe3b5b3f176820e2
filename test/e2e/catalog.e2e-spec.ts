import { gs1CheckDigit } from '../../src/common/codes';
import { PartnerKind, Role, Scope } from '../../src/identity/roles';
import { createTestApp, TestApp } from '../support/test-app';

/** Rows of /work/shared/data/tariff-codes-fashion.csv: HS subheading, US HTSUS, EU CN and the customs wording. */
const TARIFF = {
  tShirt: { hsCode: '610910', us: '6109.10.00.12', eu: '61091000', description: "Men's T-shirt, knitted, 100% cotton, short sleeves, crew neck, printed" },
  hoodie: { hsCode: '611020', us: '6110.20.20.41', eu: '61102091', description: "Men's pullover hooded sweatshirt, knitted fleece, 80% cotton 20% polyester" },
  jeans: { hsCode: '620342', us: '6203.42.45.11', eu: '62034231', description: "Men's five-pocket jeans (trousers), woven blue denim, 99% cotton 1% elastane" },
  leggings: { hsCode: '610463', us: '6104.63.20.06', eu: '61046300', description: "Women's full-length leggings (trousers), knitted, 85% polyester 15% elastane" },
  backpack: { hsCode: '420292', us: '4202.92.31.20', eu: '42029291', description: 'Backpack (rucksack), outer surface of woven polyester textile' },
};
type Item = keyof typeof TARIFF;

/** A GTIN-13 under a GS1 China prefix, with its real check digit. */
const chinaGtin = (n: number) => {
  const body = `690${String(n).padStart(9, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
};

function product(item: Item, sku: string, extra: Record<string, unknown> = {}) {
  const t = TARIFF[item];
  return {
    sku, nameEn: t.description.split(',')[0], hsCode: t.hsCode, hsCodes: { US: t.us, EU: t.eu }, countryOfOrigin: 'CN',
    netWeightG: 180, lengthMm: 300, widthMm: 250, heightMm: 20, customsDescription: t.description,
    declaredValueMinor: 450, declaredValueCurrency: 'USD', ...extra,
  };
}

const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

describe('Catalog: products', () => {
  let t: TestApp;
  let buyer: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const create = (body: object, token = buyer) => t.http.post('/api/v1/products').set(auth(token)).send(body);
  const list = (query: string, token = buyer) => t.http.get(`/api/v1/products?${query}`).set(auth(token));

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await t.truncate();
    buyer = await t.tokenFor(Role.Procurement);
  });
  afterAll(() => t.close());

  it('creates a product and stores a GTIN-13 as 14 digits, national codes without dots', async () => {
    const res = await create(product('tShirt', 'tsh-m-blk-l', { gtin: '5901234123457', nameZh: '男士T恤（纯棉，黑色）' })).expect(201);
    expect(res.body).toMatchObject({
      sku: 'TSH-M-BLK-L', gtin: '05901234123457', hsCodes: { US: '6109100012', EU: '61091000' },
      active: true, lotTracked: false, expiryTracked: false, version: 1,
    });
    const read = await t.http.get(`/api/v1/products/${res.body.id}`).set(auth(buyer)).expect(200);
    expect(read.body.gtin).toBe('05901234123457');
  });

  it.each([
    ['a GTIN with a wrong check digit', { gtin: '5901234123458' }, 'gtin'],
    ['a vague customs description', { customsDescription: 'Gifts' }, 'customsDescription'],
    ['a national code outside the base subheading', { hsCodes: { US: '6110202041' } }, 'hsCodes.US'],
    ['an unknown country of origin', { countryOfOrigin: 'XX' }, 'countryOfOrigin'],
    ['expiry tracking without lots', { expiryTracked: true }, 'expiryTracked'],
    ['an unknown currency', { declaredValueCurrency: 'ABC' }, 'declaredValueCurrency'],
    ['a zero weight', { netWeightG: 0 }, 'netWeightG'],
    ['a destination that is no country', { hsCodes: { XX: '61091000' } }, 'hsCodes'],
    ['a US code of 8 digits', { hsCodes: { US: '61091000' } }, 'hsCodes'],
    ['hsCodes that are not an object', { hsCodes: null }, 'hsCodes'],
  ])('refuses %s with a 400 naming the field', async (_, extra, field) => {
    const res = await create(product('tShirt', 'TSH-BAD', extra)).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(res.body)).toContain(field);
  });

  it('refuses destination keys named like object members instead of dropping them or failing', async () => {
    // `__proto__` and `constructor` are already stripped from every body by the global ValidationPipe.
    for (const key of ['toString', 'hasOwnProperty', 'valueOf']) {
      const body = JSON.stringify(product('tShirt', `TSH-${key}`)).replace('"hsCodes":{', `"hsCodes":{"${key}":"61091000",`);
      const res = await t.http.post('/api/v1/products').set(auth(buyer)).set('Content-Type', 'application/json').send(body);
      expect({ key, status: res.status, fields: fieldsOf(res.body) }).toEqual({ key, status: 400, fields: ['hsCodes'] });
    }
  });

  it('refuses a taken SKU or GTIN with 409, whatever form the GTIN takes', async () => {
    await create(product('tShirt', 'TSH-M-BLK-L', { gtin: '5901234123457' })).expect(201);
    const sku = await create(product('hoodie', 'tsh-m-blk-l')).expect(409);
    expect(sku.body).toMatchObject({ code: 'SKU_TAKEN', sku: 'TSH-M-BLK-L' });
    const gtin = await create(product('hoodie', 'HOOD-M-GRY-M', { gtin: '05901234123457' })).expect(409);
    expect(gtin.body).toMatchObject({ code: 'GTIN_TAKEN', gtin: '05901234123457' });
  });

  it('searches by SKU prefix, by GTIN in its 8- and 13-digit forms, and by Chinese name', async () => {
    await create(product('tShirt', 'TSH-M-BLK-L', { gtin: '5901234123457', nameZh: '男士T恤（纯棉）' })).expect(201);
    await create(product('tShirt', 'TSH-M-WHT-L', { gtin: '96385074' })).expect(201);
    await create(product('jeans', 'JNS-M-BLU-32', { nameZh: '男士牛仔裤' })).expect(201);
    const skus = async (query: string) => (await list(query).expect(200)).body.items.map((p: { sku: string }) => p.sku);
    expect(await skus('q=tsh-m')).toEqual(['TSH-M-BLK-L', 'TSH-M-WHT-L']);
    expect(await skus('q=96385074')).toEqual(['TSH-M-WHT-L']);
    expect(await skus('q=5901234123457')).toEqual(['TSH-M-BLK-L']);
    expect(await skus(`q=${encodeURIComponent('男士T恤')}`)).toEqual(['TSH-M-BLK-L']);
    expect(await skus('q=jeans')).toEqual(['JNS-M-BLU-32']);
    expect(await skus('hsCode=6109&countryOfOrigin=cn')).toEqual(['TSH-M-BLK-L', 'TSH-M-WHT-L']);
  });

  it('pages through every product exactly once, in SKU order and newest first', async () => {
    const items: Item[] = ['tShirt', 'hoodie', 'jeans', 'leggings', 'backpack'];
    for (const [i, item] of items.entries()) await create(product(item, `SKU-${i}`, { gtin: chinaGtin(i) })).expect(201);
    for (const sort of ['sku', 'createdAt', '-createdAt']) {
      const seen: { sku: string; createdAt: string }[] = [];
      let cursor: string | null = null;
      for (let page = 1; page <= 3; page++) {
        const { body }: { body: { items: typeof seen; total: number; nextCursor: string | null } } = await list(
          `limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
        ).expect(200);
        expect(body.total).toBe(5);
        seen.push(...body.items);
        cursor = body.nextCursor;
      }
      expect(cursor).toBeNull();
      expect(seen.map((p) => p.sku).sort()).toEqual(['SKU-0', 'SKU-1', 'SKU-2', 'SKU-3', 'SKU-4']);
      const createdAt = seen.map((p) => p.createdAt);
      if (sort === 'sku') expect(seen.map((p) => p.sku)).toEqual(['SKU-0', 'SKU-1', 'SKU-2', 'SKU-3', 'SKU-4']);
      else expect(createdAt).toEqual(sort === 'createdAt' ? [...createdAt].sort() : [...createdAt].sort().reverse());
    }
    const badSort = await list('sort=price').expect(400);
    expect(fieldsOf(badSort.body)).toEqual(['sort']);
  });

  it('updates fields, re-checks rules on the merged record, and refuses a stale version', async () => {
    const { body: created } = await create(product('tShirt', 'TSH-M-BLK-L', { nameZh: '男士T恤' })).expect(201);
    const url = `/api/v1/products/${created.id}`;
    const updated = await t.http.patch(url).set(auth(buyer)).send({ version: 1, declaredValueMinor: 520, nameZh: null }).expect(200);
    expect(updated.body).toMatchObject({ version: 2, declaredValueMinor: 520, nameZh: null });

    const stale = await t.http.patch(url).set(auth(buyer)).send({ version: 1, netWeightG: 200 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'PRODUCT_VERSION_CONFLICT', currentVersion: 2 });

    const mismatch = await t.http.patch(url).set(auth(buyer)).send({ hsCode: '611020' }).expect(400);
    expect(fieldsOf(mismatch.body).sort()).toEqual(['hsCodes.EU', 'hsCodes.US']);
    const expiry = await t.http.patch(url).set(auth(buyer)).send({ expiryTracked: true }).expect(400);
    expect(fieldsOf(expiry.body)).toEqual(['expiryTracked']);
    const nulled = await t.http.patch(url).set(auth(buyer)).send({ nameEn: null, sku: 'OTHER' }).expect(400);
    expect(fieldsOf(nulled.body)).toEqual(expect.arrayContaining(['nameEn', 'sku']));
    await t.http.patch(url).set(auth(buyer)).send({ lotTracked: true, expiryTracked: true }).expect(200);
  });

  it('deactivates on DELETE instead of removing, and reactivates', async () => {
    const { body: created } = await create(product('backpack', 'BPK-NVY-20L')).expect(201);
    await create(product('hoodie', 'HOOD-M-GRY-M')).expect(201);
    const deleted = await t.http.delete(`/api/v1/products/${created.id}`).set(auth(buyer)).expect(200);
    expect(deleted.body.active).toBe(false);
    expect((await t.http.get(`/api/v1/products/${created.id}`).set(auth(buyer)).expect(200)).body.active).toBe(false);
    const active = await list('active=true').expect(200);
    expect(active.body.items.map((p: { sku: string }) => p.sku)).toEqual(['HOOD-M-GRY-M']);
    const back = await t.http.post(`/api/v1/products/${created.id}/reactivate`).set(auth(buyer)).expect(200);
    expect(back.body.active).toBe(true);
  });

  it('looks up a scanned GTIN in any length, or a SKU', async () => {
    const { body: created } = await create(product('tShirt', 'TSH-M-BLK-L', { gtin: '5901234123457' })).expect(201);
    for (const code of ['5901234123457', '05901234123457', 'tsh-m-blk-l']) {
      const res = await t.http.get(`/api/v1/products/lookup?code=${code}`).set(auth(buyer)).expect(200);
      expect(res.body.id).toBe(created.id);
    }
    const missing = await t.http.get('/api/v1/products/lookup?code=4006381333931').set(auth(buyer)).expect(404);
    expect(missing.body.code).toBe('PRODUCT_NOT_FOUND');
    await t.http.get('/api/v1/products/not-a-uuid').set(auth(buyer)).expect(400);
  });

  it('lets every staff role read but only procurement and admin write, and records an audit event', async () => {
    const worker = await t.tokenFor(Role.Warehouse);
    await list('', worker).expect(200);
    await create(product('tShirt', 'TSH-M-BLK-L'), worker).expect(403);
    await t.http.get('/api/v1/products').expect(401);
    const admin = await t.tokenFor(Role.Admin);
    const { body: created } = await create(product('tShirt', 'TSH-M-BLK-L'), await t.tokenFor(Role.ProcurementManager)).expect(201);
    await t.http.delete(`/api/v1/products/${created.id}`).set(auth(worker)).expect(403);
    const audit = await t.http.get('/api/v1/audit-events?action=product.').set(auth(admin)).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'product.create', entityType: 'product', entityId: created.id })]);
  });

  it('lets a partner key read the catalogue only with the catalog:read scope', async () => {
    const admin = await t.tokenFor(Role.Admin);
    await create(product('tShirt', 'TSH-M-BLK-L')).expect(201);
    const partner = await t.http.post('/api/v1/partners').set(auth(admin)).send({ code: 'SHOP-EU', name: 'EU web shop', kind: PartnerKind.Shop }).expect(201);
    const keyWith = async (scopes: Scope[]) =>
      (await t.http.post(`/api/v1/partners/${partner.body.id}/api-keys`).set(auth(admin)).send({ name: scopes.join(' '), scopes }).expect(201)).body.key as string;
    const reader = await keyWith([Scope.CatalogRead]);
    const res = await t.http.get('/api/v1/products').set('X-Api-Key', reader).expect(200);
    expect(res.body.total).toBe(1);
    await t.http.post('/api/v1/products').set('X-Api-Key', reader).send(product('hoodie', 'HOOD-M-GRY-M')).expect(403);
    await t.http.get('/api/v1/products').set('X-Api-Key', await keyWith([Scope.ParcelsRead])).expect(403);
  });
});
