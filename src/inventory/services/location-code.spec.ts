import { LOCATION_CODE_PATTERN, locationBarcode, parseLocationAddress, WAREHOUSE_CODE_PATTERN } from './location-code';

describe('parseLocationAddress', () => {
  it('splits a four-part code into zone, aisle, rack and level', () => {
    expect(parseLocationAddress('A-01-02-03')).toEqual({ zone: 'A', aisle: '01', rack: '02', level: '03' });
  });

  it.each(['DOCK1', 'A-01', 'A-01-02', 'A-01-02-03-04'])('leaves the parts of %s empty', (code) => {
    expect(parseLocationAddress(code)).toEqual({ zone: null, aisle: null, rack: null, level: null });
  });
});

describe('locationBarcode', () => {
  it('names the warehouse and the bin', () => {
    expect(locationBarcode('US-NJ1', 'A-01-02-03')).toBe('LOC:US-NJ1:A-01-02-03');
  });
});

describe('code patterns', () => {
  it.each(['US-NJ1', 'NL1', 'EU-VENLO-2'])('accepts warehouse code %s', (code) => expect(WAREHOUSE_CODE_PATTERN.test(code)).toBe(true));
  it.each(['-NJ1', 'X', 'us-nj1', 'US NJ1', 'A'.repeat(21)])('rejects warehouse code %s', (code) => expect(WAREHOUSE_CODE_PATTERN.test(code)).toBe(false));
  it.each(['A-01-02-03', 'DOCK1', 'QC'])('accepts location code %s', (code) => expect(LOCATION_CODE_PATTERN.test(code)).toBe(true));
  it.each(['A--01', '-A', 'A-', 'a-01', 'A_01', 'A:01'])('rejects location code %s', (code) => expect(LOCATION_CODE_PATTERN.test(code)).toBe(false));
});
