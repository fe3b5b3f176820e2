import { normalizePostcode, postcodeProblem } from './postcodes';

describe('postcodes', () => {
  it.each([
    ['US', '10001'],
    ['US', '10001-1234'],
    ['GB', 'SW1A 1AA'],
    ['GB', 'sw1a1aa'],
    ['GB', 'M1 1AE'],
    ['GB', 'B33 8TH'],
    ['GB', 'CR2 6XH'],
    ['GB', 'DN55 1PT'],
    ['GB', 'EC1A 1BB'],
    ['GB', 'GIR 0AA'],
    ['DE', '10115'],
    ['FR', '75001'],
    ['IT', '00184'],
    ['ES', '28013'],
    ['ES', '01001'],
    ['ES', '52001'],
    ['NL', '1012 AB'],
    ['NL', '1012ab'],
    ['NL', '9999  ZZ'],
  ])('accepts %s %s', (country, postcode) => {
    expect(postcodeProblem(country, postcode)).toBeNull();
  });

  it.each([
    ['US', '1000'],
    ['US', '10001-12'],
    ['US', 'ABCDE'],
    ['GB', '1AA 1AA'],
    ['GB', 'SW1A'],
    ['DE', '1011'],
    ['DE', '101155'],
    ['FR', '7500A'],
    ['IT', '0018'],
    ['ES', '53001'],
    ['ES', '00123'],
    ['NL', '0123 AB'],
    ['NL', '1012 SA'],
    ['NL', '1012 A1'],
  ])('refuses %s %s', (country, postcode) => {
    expect(postcodeProblem(country, postcode)).toMatch(new RegExp(`not a valid ${country} postcode`));
  });

  it('requires a postcode where the country has a format, not elsewhere', () => {
    expect(postcodeProblem('DE', null)).toBe('postcode is required for DE');
    expect(postcodeProblem('HK', null)).toBeNull();
    expect(postcodeProblem('JP', '100-0001')).toBeNull();
  });

  it('normalises case and spacing, restoring the UK and NL space', () => {
    expect(normalizePostcode('GB', ' sw1a1aa ')).toBe('SW1A 1AA');
    expect(normalizePostcode('NL', '1012ab')).toBe('1012 AB');
    expect(normalizePostcode('US', '10001 ')).toBe('10001');
  });
});
