import { decodeBarcodes } from '../support/barcodes';
import { pdfPageCount, pdfText } from '../support/pdf';
import { binary } from '../support/procurement-fixtures';
import { apparel, as, GS, londonWarehouse, shippingStaff, ShippingStaff } from '../support/shipping-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

/** Bin, product and GS1 logistics labels: rendered, rasterised and decoded with a real decoder. */
describe('Shipping: floor labels in batches', () => {
  let t: TestApp;
  let staff: ShippingStaff;
  let warehouseId: string;
  let products: { tee: string; hoodie: string };

  const print = (path: string, body: Record<string, unknown>) => t.http.post(`/api/v1/labels/${path}`).set(as(staff.packer)).send(body).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await createTestApp();
    await t.truncate();
    staff = await shippingStaff(t);
    warehouseId = (await londonWarehouse(t)).warehouseId;
    products = await apparel(t);
  });
  afterAll(() => t.close());

  it('prints bin labels on an A4 sheet whose barcodes decode to the LOC: codes', async () => {
    const res = await print('bins', { warehouseId, prefix: 'a-01', layout: 'sheet' }).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(await pdfPageCount(res.body)).toBe(1);
    const decoded = await decodeBarcodes(res.body, 1, 300);
    expect(decoded.map((d) => d.text)).toEqual(['LOC:GB-LON1:A-01-01-01', 'LOC:GB-LON1:A-01-01-02', 'LOC:GB-LON1:A-01-01-03', 'LOC:GB-LON1:A-01-01-04']);
    expect(await pdfText(res.body)).toContain('A-01-01-03');
  });

  it('prints bin labels as ZPL, one label per bin', async () => {
    const res = await print('bins', { warehouseId, prefix: 'A-01-01-0', format: 'zpl' }).expect(200);
    const zpl = (res.body as Buffer).toString('utf8');
    expect(zpl.match(/\^XA/g)).toHaveLength(4);
    expect(zpl).toContain('^PW812^LL406');
    expect(zpl).toContain('^BCN,176,Y,N,N,A^FDLOC:GB-LON1:A-01-01-02^FS');
    await print('bins', { warehouseId, format: 'zpl', layout: 'sheet' }).expect(400);
    await print('bins', { warehouseId, prefix: 'Z-' }).expect(400);
  });

  it('prints product labels with GS1-128 (01) of the GTIN, and Code 128 of the SKU without one', async () => {
    const res = await print('products', { items: [{ productId: products.tee, copies: 2 }, { productId: products.hoodie }], layout: 'roll' }).expect(200);
    expect(await pdfPageCount(res.body)).toBe(3);
    expect(await decodeBarcodes(res.body, 1, 300)).toEqual([{ format: 'CODE_128', text: ']C10105901234123457' }]);
    expect(await decodeBarcodes(res.body, 3, 300)).toEqual([{ format: 'CODE_128', text: 'HOOD-GRY-L' }]);
    const text = await pdfText(res.body);
    expect(text).toContain('男士圆领T恤 黑色 M');
    expect(text).toContain('(01)05901234123457');
    const zpl = (await print('products', { items: [{ productId: products.tee }], format: 'zpl', dpi: 300 }).expect(200)).body.toString('utf8');
    expect(zpl).toContain('^BCN,236,N,N,N,N^FD>;>80105901234123457^FS');
    expect(zpl).toContain('^FD(01)05901234123457^FS');
  });

  it('prints GS1 logistics labels: SSCC lowest, FNC1 after variable fields, each symbol decoding to its element string', async () => {
    const carton = { sscc: '106141411234567897', gtin: '5901234123457', count: 24, purchaseOrder: 'PO-4500017', shipToPostcode: '75001', shipFrom: ['WMS Retail', 'London'], shipTo: ['Marie Curie', 'Paris'] };
    // Short enough for (400) and (420) to share one symbol, so the FNC1 between them is inside it.
    const pallet = { sscc: '106141411234567903', purchaseOrder: 'A1', shipToPostcode: '75001' };
    const res = await print('logistics', { units: [carton, pallet] }).expect(200);
    expect(await pdfPageCount(res.body)).toBe(2);
    const first = (await decodeBarcodes(res.body, 1, 300)).map((d) => d.text);
    // At the 0.5 mm X-dimension a 4-inch label holds one or two AIs per symbol; the SSCC always comes last.
    expect(first).toEqual([']C102059012341234573724', ']C1400PO-4500017', ']C142075001', ']C100106141411234567897']);
    expect((await decodeBarcodes(res.body, 2, 300)).map((d) => d.text)).toEqual([`]C1400A1${GS}42075001`, ']C100106141411234567903']);
    expect(await pdfText(res.body)).toContain('(00)106141411234567897');

    const zpl = (await print('logistics', { units: [carton, pallet], format: 'zpl' }).expect(200)).body.toString('utf8');
    expect(zpl).toContain('^BY4^BCN,104,N,N,N,N^FD>;>800106141411234567897^FS');
    expect(zpl).toContain('^FD>;>802059012341234573724^FS');
    expect(zpl).toContain('^FD>;>840>60A1>8>542075001^FS');
    expect(zpl).toContain('^FD(400)A1(420)75001^FS');
  });

  it('refuses a wrong SSCC check digit, or a count without a GTIN, as a 400 naming the field', async () => {
    const wrong = await t.http.post('/api/v1/labels/logistics').set(as(staff.packer)).send({ units: [{ sscc: '106141411234567890' }] }).expect(400);
    expect(JSON.stringify(wrong.body.errors)).toContain('sscc');
    const count = await t.http.post('/api/v1/labels/logistics').set(as(staff.packer)).send({ units: [{ sscc: '106141411234567897', count: 3 }] }).expect(400);
    expect(JSON.stringify(count.body.errors)).toContain('count');
    await t.http.post('/api/v1/labels/products').set(as(staff.logistics)).send({ items: [{ productId: '00000000-0000-4000-8000-000000000000' }] }).expect(404);
  });
});
