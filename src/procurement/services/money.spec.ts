import { convertMinor, formatMinor, isValidRate, lineAmount, MAX_MINOR, minorUnitDigits, sumAmounts } from './money';

describe('money', () => {
  it('knows each currency’s minor unit', () => {
    expect(minorUnitDigits('CNY')).toBe(2);
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('KWD')).toBe(3);
  });

  it('multiplies and sums exactly, and reports overflow instead of losing digits', () => {
    expect(lineAmount(1000, 1234)).toBe(1_234_000);
    expect(lineAmount(2_147_483_647, 4_194_304)).toBe(9_007_199_250_546_688);
    expect(lineAmount(2_147_483_647, 4_194_305)).toBeNull();
    expect(sumAmounts([MAX_MINOR - 1, 1])).toBe(MAX_MINOR);
    expect(sumAmounts([MAX_MINOR, 1])).toBeNull();
    expect(sumAmounts([])).toBe(0);
  });

  it('converts with the rate as a decimal, rounding half-up to the target minor unit', () => {
    // 100.00 CNY at 0.13800000 USD per CNY = 13.80 USD
    expect(convertMinor(10_000, 'CNY', 'USD', '0.13800000')).toBe(1_380);
    // 0.05 CNY × 0.1 = 0.005 USD → 0.01 (half-up), 0.04 CNY × 0.1 = 0.004 → 0.00
    expect(convertMinor(5, 'CNY', 'USD', '0.1')).toBe(1);
    expect(convertMinor(4, 'CNY', 'USD', '0.1')).toBe(0);
    // JPY has no minor unit: 1000 JPY at 0.0067 USD = 6.70 USD
    expect(convertMinor(1_000, 'JPY', 'USD', '0.0067')).toBe(670);
    // and into JPY: 12.34 USD at 149.5 = 1844.83 JPY → 1845
    expect(convertMinor(1_234, 'USD', 'JPY', '149.5')).toBe(1_845);
    expect(convertMinor(1, 'USD', 'USD', '1')).toBe(1);
  });

  it('does not drift like floating point would', () => {
    // 0.1 + 0.2 style: 3 × 0.10000001 exactly
    expect(convertMinor(300_000_000, 'CNY', 'USD', '0.10000001')).toBe(30_000_003);
    expect(convertMinor(MAX_MINOR, 'CNY', 'USD', '2')).toBeNull();
  });

  it('accepts rates that fit numeric(18,8) and are positive', () => {
    for (const rate of ['1', '0.138', '7.12345678', '9999999999.99999999']) expect(isValidRate(rate)).toBe(true);
    for (const rate of ['0', '0.00000000', '-1', '1.123456789', '1e-7', '12345678901', '', '.5']) expect(isValidRate(rate)).toBe(false);
  });

  it('formats minor units with the currency’s decimals', () => {
    expect(formatMinor(123_456, 'USD')).toBe('1,234.56');
    expect(formatMinor(5, 'CNY')).toBe('0.05');
    expect(formatMinor(5_000, 'JPY')).toBe('5,000');
    expect(formatMinor(0, 'USD')).toBe('0.00');
    expect(formatMinor(1_234_567_891, 'KWD')).toBe('1,234,567.891');
  });
});
