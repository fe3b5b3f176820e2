import { hsCodesShareHeading, normalizeHsCode, validateHsCode } from './hs-code';

const EU = { lengths: [6, 8, 10] };
const US = { lengths: [6, 8, 10], allowNational9899: true };

describe('normalizeHsCode', () => {
  it('strips dots, spaces and hyphens', () => {
    expect(normalizeHsCode('6109.10.00.12')).toBe('6109100012');
    expect(normalizeHsCode('6109 10-00')).toBe('61091000');
    expect(normalizeHsCode('61A9')).toBe('61A9');
  });
});

describe('validateHsCode', () => {
  it.each(['610910', '6109.10.00', '6109.10.00.12', '0101.21', '9701 10'])('accepts %s', (code) =>
    expect(validateHsCode(code, EU)).toBeNull(),
  );

  it('rejects letters', () => {
    expect(validateHsCode('6109AB', EU)).toMatch(/only digits/);
  });

  it('rejects empty input', () => {
    expect(validateHsCode(' . ', EU)).toBe('HS code is empty');
  });

  it('rejects lengths not in the allowed list', () => {
    expect(validateHsCode('6109100', EU)).toBe('HS code "6109100" has 7 digits; expected 6, 8, 10');
    expect(validateHsCode('61091000', { lengths: [10] })).toMatch(/has 8 digits; expected 10/);
  });

  it('rejects reserved chapter 77', () => {
    expect(validateHsCode('770100', EU)).toBe('HS chapter 77 is reserved and not in use');
  });

  it('rejects chapter 00', () => {
    expect(validateHsCode('000100', EU)).toBe('HS chapter 00 is outside 01–97');
  });

  it('allows chapters 98/99 only with allowNational9899', () => {
    expect(validateHsCode('9801.00.10.00', EU)).toMatch(/chapter 98 is reserved for national use/);
    expect(validateHsCode('9903.01.24', EU)).toMatch(/chapter 99 is reserved for national use/);
    expect(validateHsCode('9801.00.10.00', US)).toBeNull();
    expect(validateHsCode('9903.01.24', US)).toBeNull();
  });

  it('reports the first broken rule', () => {
    expect(validateHsCode('7701A', EU)).toMatch(/only digits/);
    expect(validateHsCode('7701000', EU)).toMatch(/has 7 digits/);
  });
});

describe('hsCodesShareHeading', () => {
  it('compares the first 6 digits after normalization', () => {
    expect(hsCodesShareHeading('6109.10.00.12', '6109.10')).toBe(true);
    expect(hsCodesShareHeading('61091000', '6109 90 10')).toBe(false);
  });

  it('is false when either code has fewer than 6 digits or letters', () => {
    expect(hsCodesShareHeading('6109', '6109')).toBe(false);
    expect(hsCodesShareHeading('6109.10.AB', '610910')).toBe(false);
  });
});
