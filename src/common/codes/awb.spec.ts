import { awbCheckDigit, isValidAwb, normalizeAwb } from './awb';
import { InvalidCodeError } from './invalid-code.error';

describe('awbCheckDigit', () => {
  it('is the serial mod 7', () => {
    expect(awbCheckDigit('1234567')).toBe(5);
    expect(awbCheckDigit('0000007')).toBe(0);
    expect(awbCheckDigit('9999999')).toBe(9999999 % 7);
  });

  it('rejects serials that are not 7 digits', () => {
    expect(() => awbCheckDigit('123456')).toThrow(InvalidCodeError);
    expect(() => awbCheckDigit('12345A7')).toThrow(InvalidCodeError);
  });
});

describe('isValidAwb', () => {
  it.each(['176-12345675', '17612345675', '176 12345675'])('accepts %s', (code) =>
    expect(isValidAwb(code)).toBe(true),
  );

  it('ignores the airline prefix in the check', () => {
    expect(isValidAwb('020-12345675')).toBe(true);
  });

  it.each([
    ['wrong check digit', '176-12345676'],
    ['check digit 7 or more', '176-12345677'],
    ['short', '176-1234567'],
    ['long', '176-123456750'],
    ['letters', '17A-12345675'],
    ['double separator', '176--12345675'],
    ['empty', ''],
  ])('rejects %s', (_label, code) => expect(isValidAwb(code)).toBe(false));
});

describe('normalizeAwb', () => {
  it('returns the dashed form', () => {
    expect(normalizeAwb('17612345675')).toBe('176-12345675');
    expect(normalizeAwb('176 12345675')).toBe('176-12345675');
    expect(normalizeAwb('176-12345675')).toBe('176-12345675');
  });

  it('throws InvalidCodeError for invalid numbers', () => {
    expect(() => normalizeAwb('176-12345676')).toThrow(/check digit/);
    expect(() => normalizeAwb('')).toThrow(InvalidCodeError);
  });
});
