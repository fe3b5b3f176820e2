import { GS1_GROUP_SEPARATOR as GS } from './gs1-element-string';
import { InvalidCodeError } from './invalid-code.error';
import { type ParsedScan, parseScan } from './scan-parser';

const TODAY = new Date('2026-11-25T12:00:00Z');
const scan = (raw: string): ParsedScan => parseScan(raw, TODAY);

const EXAMPLE_ITEM: ParsedScan = {
  kind: 'item',
  gtin: '09501101530003',
  lot: 'ABC123',
  expiry: '2027-01-31',
  source: 'gs1',
};

function scanError(raw: string): InvalidCodeError {
  try {
    scan(raw);
  } catch (e) {
    if (e instanceof InvalidCodeError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
}

describe('parseScan: location barcodes', () => {
  it('reads a location label', () => {
    expect(scan('LOC:US-NJ1:A-01-02-03')).toEqual({
      kind: 'location',
      barcode: 'LOC:US-NJ1:A-01-02-03',
      warehouseCode: 'US-NJ1',
      code: 'A-01-02-03',
    });
  });

  it('ignores Enter, Caps Lock and a non-GS1 symbology identifier', () => {
    expect(scan('loc:us-nj1:a-01-02-03\r\n')).toEqual(scan('LOC:US-NJ1:A-01-02-03'));
    expect(scan(']C0LOC:US-NJ1:DOCK1')).toMatchObject({ kind: 'location', code: 'DOCK1' });
  });

  it.each([
    ['LOC:X:A-01', /warehouse code "X" must be 2–20/],
    ['LOC:US-NJ1:', /location code "" must be 1–40/],
    ['LOC:US-NJ1:A--01', /location code "A--01"/],
    [`LOC:US-NJ1:${'A'.repeat(41)}`, /location code "A{41}"/],
    ['LOC:US-NJ1:A:01', /has 4 ":"-separated parts/],
  ])('rejects %s', (raw, reason) => expect(scanError(raw).reason).toMatch(reason));
});

describe('parseScan: bare GTINs', () => {
  it.each([
    ['GTIN-13', '5901234123457', '05901234123457'],
    ['GTIN-8', '96385074', '00000096385074'],
    ['GTIN-12', '036000291452', '00036000291452'],
    ['GTIN-14', '15901234123454', '15901234123454'],
    ['EAN-13 with its AIM identifier', ']E05901234123457', '05901234123457'],
    ['GTIN-13 with Enter', '\t5901234123457\r\n', '05901234123457'],
  ])('normalises a %s to 14 digits', (_label, raw, gtin) => {
    expect(scan(raw)).toEqual({ kind: 'item', gtin, source: 'gtin' });
  });

  it('rejects a bad check digit instead of falling back to a SKU', () => {
    const error = scanError('5901234123458');
    expect(error.kind).toBe('scan');
    expect(error.value).toBe('5901234123458');
    expect(error.reason).toBe('13 digits but the GS1 check digit should be 7, not 8');
    expect(scanError('96385075').reason).toBe('8 digits but the GS1 check digit should be 4, not 5');
  });
});

describe('parseScan: GS1 element strings', () => {
  it.each([
    ['human-readable', '(01)09501101530003(10)ABC123(17)270131'],
    ['raw with GS', `0109501101530003` + `10ABC123${GS}17270131`],
    ['raw with GS and Enter', `0109501101530003` + `10ABC123${GS}17270131\r\n`],
    [']C1-prefixed', `]C10109501101530003` + `10ABC123${GS}17270131`],
    [']d2-prefixed', `]d20109501101530003` + `10ABC123${GS}17270131`],
    ['<GS> substitute', '010950110153000310ABC123<GS>17270131'],
    ['{GS} substitute', '010950110153000310ABC123{GS}17270131'],
    ['expiry before lot, no GS needed', '010950110153000317270131' + '10ABC123'],
  ])('reads the example item from the %s form', (_label, raw) => {
    expect(scan(raw)).toEqual(EXAMPLE_ITEM);
  });

  it('reads an all-digit string of 16+ digits as a raw element string', () => {
    expect(scan('0109501101530003')).toEqual({ kind: 'item', gtin: '09501101530003', source: 'gs1' });
    expect(scan('0109501101530003' + '17270100' + '3712')).toEqual({
      kind: 'item',
      gtin: '09501101530003',
      expiry: '2027-01-31',
      count: 12,
      source: 'gs1',
    });
  });

  it('takes serial and count (AI 30) for an item', () => {
    expect(scan('(01)09501101530003(21)SN-1(30)5')).toEqual({
      kind: 'item',
      gtin: '09501101530003',
      serial: 'SN-1',
      count: 5,
      source: 'gs1',
    });
  });

  it('reads an expiry with DD = 00 as the last day of the month', () => {
    expect(scan('(01)09501101530003(17)280200')).toMatchObject({ expiry: '2028-02-29' });
    expect(scan('(01)09501101530003(17)770100')).toMatchObject({ expiry: '1977-01-31' });
  });

  it('reads the reference SSCC as a container in both forms', () => {
    const container = { kind: 'container', sscc: '106141411234567897' };
    expect(scan('(00)106141411234567897')).toEqual(container);
    expect(scan('00106141411234567897')).toEqual(container);
    expect(scan(']C100106141411234567897\r\n')).toEqual(container);
  });

  it('attaches contents (02 + 37), lot and expiry to the container', () => {
    expect(scan('(00)106141411234567897(02)09501101530003(37)12(10)ABC123(17)270131')).toEqual({
      kind: 'container',
      sscc: '106141411234567897',
      gtin: '09501101530003',
      count: 12,
      lot: 'ABC123',
      expiry: '2027-01-31',
    });
  });

  it('reads 02 + 37 without an SSCC as a counted item', () => {
    expect(scan('(02)09501101530003(37)12')).toEqual({ kind: 'item', gtin: '09501101530003', count: 12, source: 'gs1' });
  });

  it('accepts elements the result does not carry, such as weights', () => {
    expect(scan('(01)09501101530003(3103)001250')).toEqual({ kind: 'item', gtin: '09501101530003', source: 'gs1' });
  });

  it.each([
    ['an unassigned AI', '(01)09501101530003(23)1', /GS1 element string: unknown or unsupported AI \(23\) at position 20/],
    ['a lot of 21 characters', '(01)09501101530003(10)ABCDEFGHIJKLMNOPQRSTU', /AI 10 \(batch\/lot\) .*too long/],
    ['a non-numeric GTIN', '(01)0950110153000X', /AI 01 \(GTIN\) .*"X" at position 18 is not allowed in N14/],
    ['a bad GTIN check digit', '(01)09501101530004', /AI 01 \(GTIN\) .*check digit should be 3, not 4/],
    ['a bad SSCC check digit', '(00)106141411234567898', /AI 00 \(SSCC\) .*check digit should be 7, not 8/],
    ['a bad raw SSCC check digit', '00106141411234567898', /AI 00 \(SSCC\) .*check digit should be 7, not 8/],
    ['an invalid date', '(01)09501101530003(17)271341', /AI 17 \(expiration date\) .*month 13 is not 01–12/],
    ['trailing garbage', '0109501101530003XYZ', /expected an AI \(digits\) at position 17, read "XYZ"/],
    ['neither SSCC nor GTIN', '(10)ABC123', /AIs 10 has neither an SSCC \(00\) nor a GTIN \(01 or 02\)/],
    ['a GS-separated string without a GTIN', `10ABC${GS}21X`, /AIs 10, 21 has neither/],
  ])('rejects %s', (_label, raw, reason) => {
    const error = scanError(raw);
    expect(error.kind).toBe('scan');
    expect(error.reason).toMatch(reason);
  });
});

describe('parseScan: SKU candidates and rejects', () => {
  it.each([
    ['TEE-BLK-M', 'TEE-BLK-M'],
    ['tee-blk-m\r\n', 'TEE-BLK-M'],
    ['  sku_1.v2 ', 'SKU_1.V2'],
    ['12345', '12345'],
    ['123456789012345', '123456789012345'],
  ])('reads %j as SKU %s', (raw, sku) => {
    expect(scan(raw)).toEqual({ kind: 'sku', sku });
  });

  it.each([
    ['an empty string', '', /the scan is empty/],
    ['only Enter', ' \r\n', /the scan is empty/],
    ['a single character', 'A', /"A" is not a location barcode .* or a SKU/],
    ['spaces inside', 'TEE BLK M', /"TEE BLK M" is not a location barcode/],
    ['a SKU of 41 characters', 'A'.repeat(41), /is not a location barcode/],
    ['a leading dash', '-TEE', /is not a location barcode/],
  ])('rejects %s', (_label, raw, reason) => {
    const error = scanError(raw);
    expect(error.kind).toBe('scan');
    expect(error.value).toBe(raw.trim());
    expect(error.reason).toMatch(reason);
    expect(error.message).toBe(`Invalid scan "${raw.trim()}": ${error.reason}`);
  });
});
