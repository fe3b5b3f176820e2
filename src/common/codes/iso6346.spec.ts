import { InvalidCodeError } from './invalid-code.error';
import { isValidContainerNumber, iso6346CheckDigit, normalizeContainerNumber } from './iso6346';

describe('iso6346CheckDigit', () => {
  it('computes the reference check digit', () => {
    expect(iso6346CheckDigit('CSQU305438')).toBe(3);
    expect(iso6346CheckDigit('csqu305438')).toBe(3);
  });

  it('maps a remainder of 10 to 0', () => {
    // CSQU305445: 441 (letters) + 4464 (digits) = 4905, 4905 mod 11 = 10.
    expect(iso6346CheckDigit('CSQU305445')).toBe(0);
    expect(iso6346CheckDigit('MSCU000006')).toBe(0);
  });

  it('rejects malformed prefixes', () => {
    expect(() => iso6346CheckDigit('CSQ3054381')).toThrow(InvalidCodeError);
    expect(() => iso6346CheckDigit('')).toThrow(InvalidCodeError);
  });
});

describe('isValidContainerNumber', () => {
  it.each(['CSQU3054383', 'csqu3054383', 'CSQU 305438 3', 'CSQU3054450', 'MSCU0000060'])('accepts %s', (code) =>
    expect(isValidContainerNumber(code)).toBe(true),
  );

  it.each([
    ['wrong check digit', 'CSQU3054384'],
    ['10 written instead of 0', 'CSQU30544510'],
    ['category not U/J/Z', 'CSQX3054383'],
    ['digit in owner code', 'C5QU3054383'],
    ['too short', 'CSQU305438'],
    ['empty', ''],
  ])('rejects %s', (_label, code) => expect(isValidContainerNumber(code)).toBe(false));

  it('accepts J and Z categories when the check digit matches', () => {
    const j = `CSQJ305438${iso6346CheckDigit('CSQJ305438')}`;
    const z = `CSQZ305438${iso6346CheckDigit('CSQZ305438')}`;
    expect(j).toBe('CSQJ3054386');
    expect(z).toBe('CSQZ3054387');
    expect(isValidContainerNumber(j)).toBe(true);
    expect(isValidContainerNumber(z)).toBe(true);
  });
});

describe('normalizeContainerNumber', () => {
  it('upper-cases and removes spaces', () => {
    expect(normalizeContainerNumber(' csqu 305438 3 ')).toBe('CSQU3054383');
  });

  it('throws InvalidCodeError for invalid numbers', () => {
    expect(() => normalizeContainerNumber('CSQU3054384')).toThrow(/check digit/);
    expect(() => normalizeContainerNumber('CSQX3054383')).toThrow(InvalidCodeError);
  });
});
