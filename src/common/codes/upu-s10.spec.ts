import { InvalidCodeError } from './invalid-code.error';
import { buildS10, isValidS10, s10CheckDigit } from './upu-s10';

describe('s10CheckDigit', () => {
  it('computes the reference check digit', () => {
    // 1·8+2·6+3·4+4·2+5·3+6·5+7·9+8·7 = 204; 204 mod 11 = 6; 11 − 6 = 5.
    expect(s10CheckDigit('12345678')).toBe(5);
  });

  it('maps c = 10 to 0', () => {
    // Weighted sum 199; 199 mod 11 = 1; 11 − 1 = 10.
    expect(s10CheckDigit('12345686')).toBe(0);
  });

  it('maps c = 11 to 5', () => {
    // Weighted sum 220; 220 mod 11 = 0; 11 − 0 = 11.
    expect(s10CheckDigit('12345689')).toBe(5);
    expect(s10CheckDigit('00000000')).toBe(5);
  });

  it('rejects serials that are not 8 digits', () => {
    expect(() => s10CheckDigit('1234567')).toThrow(InvalidCodeError);
    expect(() => s10CheckDigit('1234567X')).toThrow(InvalidCodeError);
  });
});

describe('isValidS10', () => {
  it.each(['LX123456785US', 'RR123456860DE', 'CP123456895CN'])('accepts %s', (code) =>
    expect(isValidS10(code)).toBe(true),
  );

  it.each([
    ['wrong check digit', 'LX123456786US'],
    ['lower case', 'lx123456785us'],
    ['missing country', 'LX123456785'],
    ['digit in service', 'L1123456785US'],
    ['short serial', 'LX12345675US'],
    ['empty', ''],
  ])('rejects %s', (_label, code) => expect(isValidS10(code)).toBe(false));
});

describe('buildS10', () => {
  it('builds the reference item ID', () => {
    expect(buildS10('LX', 12345678, 'US')).toBe('LX123456785US');
  });

  it('zero-pads the serial and upper-cases letters', () => {
    // Serial 00000042: 4·9 + 2·7 = 50; 50 mod 11 = 6; 11 − 6 = 5.
    expect(buildS10('rr', 42, 'de')).toBe('RR000000425DE');
    expect(isValidS10(buildS10('rr', 42, 'de'))).toBe(true);
  });

  it('rejects bad arguments', () => {
    expect(() => buildS10('LX', 100_000_000, 'US')).toThrow(InvalidCodeError);
    expect(() => buildS10('LX', -1, 'US')).toThrow(InvalidCodeError);
    expect(() => buildS10('LX', 1.5, 'US')).toThrow(InvalidCodeError);
    expect(() => buildS10('L', 1, 'US')).toThrow(/service indicator/);
    expect(() => buildS10('LX', 1, 'USA')).toThrow(/country/);
  });
});
