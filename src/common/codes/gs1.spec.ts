import { buildSscc, gs1CheckDigit, isValidGtin, isValidSscc, normalizeGtin, parseSscc } from './gs1';
import { InvalidCodeError } from './invalid-code.error';

describe('gs1CheckDigit', () => {
  it('computes the reference GTIN-13 and SSCC check digits', () => {
    expect(gs1CheckDigit('590123412345')).toBe(7);
    expect(gs1CheckDigit('10614141123456789')).toBe(7);
  });

  it('weights the rightmost body digit by 3 for every length', () => {
    expect(gs1CheckDigit('9638507')).toBe(4); // GTIN-8
    expect(gs1CheckDigit('03600029145')).toBe(2); // GTIN-12
    expect(gs1CheckDigit('1590123412345')).toBe(4); // GTIN-14
    expect(gs1CheckDigit('1')).toBe(7);
  });

  it('is unchanged by left zero-padding', () => {
    expect(gs1CheckDigit('00590123412345')).toBe(gs1CheckDigit('590123412345'));
  });

  it('rejects empty and non-digit bodies', () => {
    expect(() => gs1CheckDigit('')).toThrow(InvalidCodeError);
    expect(() => gs1CheckDigit('59012341234A')).toThrow(InvalidCodeError);
  });
});

describe('isValidGtin', () => {
  it.each(['96385074', '036000291452', '5901234123457', '15901234123454', '05901234123457'])(
    'accepts %s',
    (code) => expect(isValidGtin(code)).toBe(true),
  );

  it.each([
    ['wrong check digit GTIN-13', '5901234123458'],
    ['wrong check digit GTIN-8', '96385075'],
    ['wrong check digit GTIN-12', '036000291453'],
    ['wrong check digit GTIN-14', '15901234123455'],
    ['empty', ''],
    ['letters', '590123412345X'],
    ['spaces', '5901234 123457'],
    ['length 11', '36000291452'],
    ['length 10', '0123456789'],
    ['length 15', '015901234123454'],
  ])('rejects %s', (_label, code) => expect(isValidGtin(code)).toBe(false));
});

describe('normalizeGtin', () => {
  it('pads every GTIN length to 14 digits', () => {
    expect(normalizeGtin('96385074')).toBe('00000096385074');
    expect(normalizeGtin('036000291452')).toBe('00036000291452');
    expect(normalizeGtin('5901234123457')).toBe('05901234123457');
    expect(normalizeGtin('15901234123454')).toBe('15901234123454');
  });

  it('throws InvalidCodeError with kind and value for invalid input', () => {
    expect(() => normalizeGtin('5901234123458')).toThrow(/check digit/);
    expect(() => normalizeGtin('12345')).toThrow(/length/);
    expect(() => normalizeGtin('')).toThrow(InvalidCodeError);
    try {
      normalizeGtin('abc');
      throw new Error('expected a throw');
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidCodeError);
      expect((e as InvalidCodeError).kind).toBe('GTIN');
      expect((e as InvalidCodeError).value).toBe('abc');
      expect((e as InvalidCodeError).message).toBe('Invalid GTIN "abc": must contain only digits');
    }
  });
});

describe('SSCC', () => {
  it('validates the reference SSCC and rejects a flipped check digit', () => {
    expect(isValidSscc('106141411234567897')).toBe(true);
    expect(isValidSscc('106141411234567898')).toBe(false);
  });

  it('does not accept the AI prefix in isValidSscc', () => {
    expect(isValidSscc('(00)106141411234567897')).toBe(false);
    expect(isValidSscc('00106141411234567897')).toBe(false);
    expect(isValidSscc('')).toBe(false);
    expect(isValidSscc('10614141123456789')).toBe(false);
  });

  it('parses bare, (00)-prefixed, 00-prefixed and spaced input', () => {
    expect(parseSscc('106141411234567897')).toBe('106141411234567897');
    expect(parseSscc('(00)106141411234567897')).toBe('106141411234567897');
    expect(parseSscc('00106141411234567897')).toBe('106141411234567897');
    expect(parseSscc('(00) 1 0614141 123456789 7')).toBe('106141411234567897');
  });

  it('keeps a leading 00 that belongs to an 18-digit SSCC', () => {
    const sscc = buildSscc(0, '0123456', 1);
    expect(sscc.startsWith('00')).toBe(true);
    expect(parseSscc(sscc)).toBe(sscc);
  });

  it('parseSscc throws on bad input', () => {
    expect(() => parseSscc('(00)106141411234567898')).toThrow(/check digit/);
    expect(() => parseSscc('(01)106141411234567897')).toThrow(InvalidCodeError);
    expect(() => parseSscc('')).toThrow(InvalidCodeError);
  });

  it('builds the reference SSCC', () => {
    expect(buildSscc(1, '0614141', 123456789)).toBe('106141411234567897');
    expect(buildSscc(1, '0614141', 123456789n)).toBe('106141411234567897');
  });

  it('zero-pads the serial to fill 16 digits with the prefix', () => {
    // Body 31234567890100042 has weighted sum 105, so the check digit is 5.
    expect(buildSscc(3, '12345678901', 42)).toBe('312345678901000425');
    expect(isValidSscc(buildSscc(3, '12345678901', 42))).toBe(true);
  });

  it('rejects serials that do not fit and bad arguments', () => {
    expect(() => buildSscc(1, '0614141', 1_000_000_000)).toThrow(/does not fit in 9 digits/);
    expect(() => buildSscc(1, '12345678901', 100000)).toThrow(/does not fit in 5 digits/);
    expect(() => buildSscc(1, '0614141', -1)).toThrow(InvalidCodeError);
    expect(() => buildSscc(1, '0614141', 1.5)).toThrow(InvalidCodeError);
    expect(() => buildSscc(10, '0614141', 1)).toThrow(InvalidCodeError);
    expect(() => buildSscc(1, '123456', 1)).toThrow(/7 to 11/);
    expect(() => buildSscc(1, '123456789012', 1)).toThrow(/7 to 11/);
  });
});
