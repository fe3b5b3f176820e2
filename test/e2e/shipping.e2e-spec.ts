import { ProductService } from '../../src/catalog';
import { decodeBarcodes } from '../support/barcodes';
import { pdfText } from '../support/pdf';
import { binary, drainJobs, MANUAL_JOBS } from '../support/procurement-fixtures';
import {
  apparel, as, boxTypes, carriers, CarrierSetup, fxRates, londonWarehouse, packedParcels, receive, ShippingStaff, shippingStaff,
} from '../support/shipping-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

const IOSS = 'IM2760000001';
const FR = { name: 'Marie Curie', addressLines: ['25 Rue de Rivoli'], city: 'Paris', postcode: '75001', country: 'FR' };
const DE = { name: 'Max Mustermann', addressLines: ['Unter den Linden 5'], city: 'Berlin', postcode: '10117', country: 'DE' };
const US = { name: 'Jane Doe', addressLines: ['350 Fifth Avenue'], city: 'New York', region: 'NY', postcode: '10118', country: 'US', phone: '+1 212 555 0100' };

/**
 * The "Done means", step by step from real packed parcels: a parcel to the US and two to
 * the EU (one up to €150 with IOSS, one above) → pre-flight refuses the missing HS codes, listing
 * every violation → fixed → labels as PDF and ZPL → customs documents → void and relabel → manifest.
 */
describe('Shipping: labels, customs and manifests for packed parcels', () => {
  let t: TestApp;
  let staff: ShippingStaff;
  let c: CarrierSetup;
  let parcels: Record<string, string>;
  let hoodie: string;
  const tracking: Record<string, string> = {};

  const label = (parcel: string, body: Record<string, unknown>) => t.http.post(`/api/v1/parcels/${parcel}/label`).set(as(staff.logistics)).send(body);
  const download = (url: string, auth: Record<string, string>) => t.http.get(url).set(auth).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await createTestApp({ ...MANUAL_JOBS, SHIPPER_EORI: 'GB123456789000', SHIPPER_TAX_ID: '98-7654321' });
    await t.truncate();
    staff = await shippingStaff(t);
    const warehouse = await londonWarehouse(t);
    const products = await apparel(t);
    hoodie = products.hoodie;
    await boxTypes(t, staff.lead);
    await fxRates(t, staff.admin);
    await receive(t, staff.packer, warehouse.bin('A-01-01-01'), 'TEE-BLK-M', 10);
    await receive(t, staff.packer, warehouse.bin('A-01-01-02'), 'HOOD-GRY-L', 10);
    c = await carriers(t, staff);
    parcels = await packedParcels(t, staff, warehouse, {
      'US-1': { lines: [{ sku: 'TEE-BLK-M', quantity: 1 }, { sku: 'HOOD-GRY-L', quantity: 1 }], shipTo: US },
      'EU-LOW': { lines: [{ sku: 'TEE-BLK-M', quantity: 2 }], shipTo: DE, iossNumber: IOSS },
      'EU-HIGH': { lines: [{ sku: 'TEE-BLK-M', quantity: 1 }, { sku: 'HOOD-GRY-L', quantity: 2 }], shipTo: FR, iossNumber: 'IM2500000001' },
      'EU-JUNE': { lines: [{ sku: 'TEE-BLK-M', quantity: 1 }], shipTo: DE, iossNumber: IOSS },
    });
  });
  afterAll(() => t.close());

  it('refuses labels whose customs data is incomplete, listing every violation with its rule', async () => {
    const us = await label(parcels['US-1'], { carrierId: c.sandboxId, serviceCode: 'EXPRESS' }).expect(422);
    expect(us.headers['content-type']).toContain('application/problem+json');
    expect(us.body.code).toBe('CUSTOMS_PREFLIGHT_FAILED');
    expect(us.body.errors.map((e: { field: string; rule: string }) => [e.field, e.rule])).toEqual([
      ['items[0].valueMinor', 'ITEM_VALUE'],
      ['items[0].hsCode', 'US_NO_DE_MINIMIS'],
    ]);
    expect(us.body.errors[1].message).toContain('HOOD-GRY-L: HS code "611020" must be the 10-digit HTSUS number');

    const eu = await label(parcels['EU-HIGH'], { carrierId: c.postalId, serviceCode: 'intl-parcel' }).expect(422);
    expect(eu.body.errors.map((e: { field: string; rule: string }) => [e.field, e.rule])).toEqual([
      ['items[0].hsCode', 'ITEM_HS_CODE'],
      ['items[0].valueMinor', 'ITEM_VALUE'],
    ]);
    // Nothing was booked: the parcels have no label yet.
    expect((await t.http.get(`/api/v1/parcels/${parcels['US-1']}/labels`).set(as(staff.logistics)).expect(200)).body).toEqual([]);
  });

  it('labels the parcels once the product is fixed: US by courier, EU by post under IOSS and above €150', async () => {
    await t.app.get(ProductService).update(hoodie, { hsCodes: { US: '6110201020', EU: '61102010' }, declaredValueMinor: 9_500 });

    const us = await label(parcels['US-1'], { carrierId: c.sandboxId, serviceCode: 'EXPRESS' }).expect(201);
    expect(us.body).toMatchObject({ status: 'active', carrierCode: 'SANDBOX', serviceCode: 'EXPRESS', customsForm: 'commercial_invoice', incoterm: 'DAP', destinationCountry: 'US' });
    expect(us.body.trackingUrl).toBe(`https://sandbox.example/track?n=${us.body.trackingNumber}`);
    const low = await label(parcels['EU-LOW'], { carrierId: c.postalId, serviceCode: 'INTL-LETTER' }).expect(201);
    expect(low.body).toMatchObject({ customsForm: 'cn22', incoterm: 'DDP', trackingNumber: expect.stringMatching(/^LX\d{9}GB$/) });
    const high = await label(parcels['EU-HIGH'], { carrierId: c.postalId, serviceCode: 'INTL-PARCEL' }).expect(201);
    expect(high.body).toMatchObject({ customsForm: 'cn23', incoterm: 'DAP', trackingNumber: expect.stringMatching(/^CP\d{9}GB$/) });
    for (const [key, res] of [['US-1', us], ['EU-LOW', low], ['EU-HIGH', high]] as const) tracking[key] = res.body.trackingNumber;

    const again = await label(parcels['EU-LOW'], { carrierId: c.postalId, serviceCode: 'INTL-LETTER' }).expect(409);
    expect(again.body.code).toBe('PARCEL_ALREADY_LABELLED');
  });

  it('declares the IOSS path up to €150 in the electronic data only, and the importer above it', async () => {
    const low = (await t.http.get(`/api/v1/parcels/${parcels['EU-LOW']}/customs-declaration`).set(as(staff.logistics)).expect(200)).body;
    // 2 × 45.00 USD at 1.08 USD/EUR = 2 × 41.67 EUR
    expect(low).toMatchObject({
      currency: 'EUR', totalValueMinor: 8_334, valueEurMinor: 8_334, iossApplies: true, iossNumber: IOSS, incoterm: 'DDP', form: 'cn22',
      importerOfRecord: { party: 'sender', references: { eori: 'GB123456789000' } },
    });
    expect(low.items).toEqual([expect.objectContaining({ sku: 'TEE-BLK-M', quantity: 2, hsCode: '61091000', originCountry: 'CN', netWeightG: 360 })]);
    const high = (await t.http.get(`/api/v1/parcels/${parcels['EU-HIGH']}/customs-declaration`).set(as(staff.logistics)).expect(200)).body;
    expect(high).toMatchObject({ iossApplies: false, iossNumber: null, incoterm: 'DAP', importerOfRecord: { party: 'recipient', name: 'Marie Curie' } });
    expect(high.valueEurMinor).toBeGreaterThan(15_000);
    const us = (await t.http.get(`/api/v1/parcels/${parcels['US-1']}/customs-declaration`).set(as(staff.logistics)).expect(200)).body;
    expect(us).toMatchObject({ currency: 'USD', totalValueMinor: 14_000, deMinimis: false, rulesApplied: expect.arrayContaining(['US_NO_DE_MINIMIS']) });
  });

  it('applies the rules in force on the ship date: pre-booked before 1 July 2026 no duty, from then €3 per subheading', async () => {
    const declaration = async () => (await t.http.get(`/api/v1/parcels/${parcels['EU-JUNE']}/customs-declaration`).set(as(staff.logistics)).expect(200)).body;
    await label(parcels['EU-JUNE'], { carrierId: c.sandboxId, serviceCode: 'EXPRESS', shipDate: '2026-06-30' }).expect(201);
    expect(await declaration()).toMatchObject({ shipDate: '2026-06-30', deMinimis: true, estimatedDuties: [], iossApplies: true });
    expect((await declaration()).rulesApplied).toContain('EU_DUTY_RELIEF_150');

    await t.http.post(`/api/v1/parcels/${parcels['EU-JUNE']}/label/void`).set(as(staff.logistics)).send({ reason: 'Hand-over moved to July' }).expect(200);
    await label(parcels['EU-JUNE'], { carrierId: c.sandboxId, serviceCode: 'EXPRESS', shipDate: '2026-07-01' }).expect(201);
    const july = await declaration();
    expect(july).toMatchObject({ shipDate: '2026-07-01', deMinimis: false, estimatedDuties: [{ rule: 'EU_LOW_VALUE_DUTY_3EUR', amountMinor: 300, currency: 'EUR' }] });
    expect(july.rulesApplied).not.toContain('EU_DUTY_RELIEF_150');
    await label(parcels['EU-JUNE'], { carrierId: c.sandboxId, serviceCode: 'EXPRESS', shipDate: '2026-02-30' }).expect(400);
  });

  it('prints the label as a 4×6 PDF whose Code 128 decodes to the tracking number, without the IOSS number', async () => {
    const pdf = await download(`/api/v1/parcels/${parcels['EU-LOW']}/label?format=pdf`, as(staff.packer)).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const decoded = await decodeBarcodes(pdf.body as Buffer, 1, 203);
    expect(decoded.filter((d) => d.format === 'CODE_128')).toEqual([{ format: 'CODE_128', text: tracking['EU-LOW'] }]);
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain('MAX MUSTERMANN');
    expect(text).toContain('10117 BERLIN');
    expect(text).toContain('1 OF 1');
    expect(text).toContain('DDP');
    expect(text).toContain('ROUTE DE-101');
    expect(text).not.toContain(IOSS);
  });

  it('prints the same label as ZPL at 203 and 300 dpi', async () => {
    const at203 = (await download(`/api/v1/parcels/${parcels['EU-LOW']}/label?format=zpl`, as(staff.packer)).expect(200)).body.toString('utf8');
    expect(at203).toMatch(/^\^XA\^CI28\^PW812\^LL1218/);
    expect(at203).toContain(`^BCN,192,Y,N,N,A^FD${tracking['EU-LOW']}^FS`);
    expect(at203).toContain('^FDMAX MUSTERMANN^FS');
    expect(at203).not.toContain(IOSS);
    const at300 = (await download(`/api/v1/parcels/${parcels['EU-LOW']}/label?format=zpl&dpi=300`, as(staff.packer)).expect(200)).body.toString('utf8');
    expect(at300).toMatch(/^\^XA\^CI28\^PW1200\^LL1800/);
    expect(at300).toContain(`^FD${tracking['EU-LOW']}^FS`);
    await t.http.get(`/api/v1/parcels/${parcels['EU-LOW']}/label?format=png`).set(as(staff.packer)).expect(400);
  });

  it('renders CN 22, CN 23 and the commercial invoice in jobs, stored with a checksum, parsing back with HS codes and values', async () => {
    await drainJobs(t);
    const listing = (await t.http.get(`/api/v1/parcels/${parcels['EU-HIGH']}/documents`).set(as(staff.logistics)).expect(200)).body;
    expect(listing.kinds).toEqual(['label_pdf', 'label_zpl', 'cn23']);
    expect(listing.documents.map((d: { kind: string; sha256: string }) => [d.kind, d.sha256.length])).toEqual([['label_pdf', 64], ['label_zpl', 64], ['cn23', 64]]);

    const cn23 = await pdfText((await download(`/api/v1/parcels/${parcels['EU-HIGH']}/documents/cn23`, as(staff.logistics)).expect(200)).body);
    expect(cn23).toContain('CUSTOMS DECLARATION CN 23');
    for (const expected of ['61091000', '61102010', '41.67', '175.92', '217.59 EUR', 'DAP Paris FR', '[X] Sale of goods', 'Marie Curie', 'EORI GB123456789000', tracking['EU-HIGH']]) {
      expect(cn23).toContain(expected);
    }
    expect(cn23).not.toContain('IM2500000001');

    const invoice = await pdfText((await download(`/api/v1/parcels/${parcels['US-1']}/documents/commercial_invoice`, as(staff.logistics)).expect(200)).body);
    for (const expected of ['COMMERCIAL INVOICE', '6109100012', '6110201020', '45.00', '95.00', '140.00 USD', 'DAP New York US', 'I certify this commercial invoice is true and correct', 'Tax ID 98-7654321']) {
      expect(invoice).toContain(expected);
    }
    const cn22 = await pdfText((await download(`/api/v1/parcels/${parcels['EU-LOW']}/documents/cn22`, as(staff.logistics)).expect(200)).body);
    expect(cn22).toContain('CUSTOMS DECLARATION CN 22');
    expect(cn22).toContain('61091000');
    expect(cn22).not.toContain(IOSS);
    await t.http.get(`/api/v1/parcels/${parcels['EU-LOW']}/documents/cn23`).set(as(staff.logistics)).expect(404);
  });

  it('shows a carrier key its own parcels only; another carrier\'s parcel is a 404', async () => {
    await download(`/api/v1/parcels/${parcels['EU-LOW']}/label`, { 'X-Api-Key': c.postalKey }).expect(200);
    await t.http.get(`/api/v1/parcels/${parcels['EU-LOW']}/documents/cn22`).set('X-Api-Key', c.postalKey).expect(200);
    const foreign = await t.http.get(`/api/v1/parcels/${parcels['US-1']}/label`).set('X-Api-Key', c.postalKey).expect(404);
    expect(foreign.body.code).toBe('PARCEL_NOT_FOUND');
    await download(`/api/v1/parcels/${parcels['US-1']}/label?format=zpl`, { 'X-Api-Key': c.sandboxKey }).expect(200);
    await t.http.post(`/api/v1/parcels/${parcels['US-1']}/label/void`).set('X-Api-Key', c.sandboxKey).send({ reason: 'not mine to void' }).expect(403);
  });

  it('voids a label into the history and relabels the parcel with a new tracking number', async () => {
    const voided = await t.http.post(`/api/v1/parcels/${parcels['EU-HIGH']}/label/void`).set(as(staff.lead)).send({ reason: 'Box crushed, repacked' }).expect(200);
    expect(voided.body).toMatchObject({ status: 'voided', trackingNumber: tracking['EU-HIGH'], voidReason: 'Box crushed, repacked' });
    await t.http.get(`/api/v1/parcels/${parcels['EU-HIGH']}/label`).set(as(staff.packer)).expect(404);

    const relabel = await label(parcels['EU-HIGH'], { carrierId: c.postalId, serviceCode: 'INTL-PARCEL' }).expect(201);
    expect(relabel.body.trackingNumber).not.toBe(tracking['EU-HIGH']);
    const history = (await t.http.get(`/api/v1/parcels/${parcels['EU-HIGH']}/labels`).set(as(staff.logistics)).expect(200)).body;
    expect(history.map((l: { trackingNumber: string; status: string }) => [l.trackingNumber, l.status])).toEqual([
      [relabel.body.trackingNumber, 'active'], [tracking['EU-HIGH'], 'voided'],
    ]);
    const pdf = await download(`/api/v1/parcels/${parcels['EU-HIGH']}/label`, as(staff.packer)).expect(200);
    expect((await decodeBarcodes(pdf.body as Buffer, 1, 203)).filter((d) => d.format === 'CODE_128')).toEqual([{ format: 'CODE_128', text: relabel.body.trackingNumber }]);
    tracking['EU-HIGH'] = relabel.body.trackingNumber;
  });

  it("closes the carrier's ready parcels into a manifest with a barcode per parcel; manifested labels cannot be voided", async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const warehouseId = (await t.http.get(`/api/v1/parcels/${parcels['EU-LOW']}/labels`).set(as(staff.logistics)).expect(200)).body[0].warehouseId;
    const closed = await t.http.post('/api/v1/manifests').set('X-Api-Key', c.postalKey).send({ carrierId: c.postalId, warehouseId, date: today }).expect(201);
    expect(closed.body).toMatchObject({ carrierCode: 'POSTAL', parcelCount: 2, manifestDate: today });
    expect(closed.body.lines.map((l: { trackingNumber: string }) => l.trackingNumber).sort()).toEqual([tracking['EU-HIGH'], tracking['EU-LOW']].sort());
    await t.http.post('/api/v1/manifests').set('X-Api-Key', c.sandboxKey).send({ carrierId: c.postalId, warehouseId, date: today }).expect(404);
    const empty = await t.http.post('/api/v1/manifests').set(as(staff.lead)).send({ carrierId: c.postalId, warehouseId, date: today }).expect(422);
    expect(empty.body.code).toBe('MANIFEST_EMPTY');

    await drainJobs(t);
    const pdf = await download(`/api/v1/manifests/${closed.body.id}/pdf`, as(staff.logistics)).expect(200);
    const codes = (await decodeBarcodes(pdf.body as Buffer, 1, 300)).map((d) => d.text);
    expect(codes).toEqual(expect.arrayContaining([closed.body.number, tracking['EU-LOW'], tracking['EU-HIGH']]));
    await t.http.get(`/api/v1/manifests/${closed.body.id}`).set('X-Api-Key', c.sandboxKey).expect(404);

    const refused = await t.http.post(`/api/v1/parcels/${parcels['EU-LOW']}/label/void`).set(as(staff.lead)).send({ reason: 'too late' }).expect(409);
    expect(refused.body.code).toBe('LABEL_ILLEGAL_TRANSITION');
    const label = (await t.http.get(`/api/v1/parcels/${parcels['EU-LOW']}/labels`).set(as(staff.logistics)).expect(200)).body[0];
    expect(label.status).toBe('manifested');
  });
});
