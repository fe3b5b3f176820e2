import { RateSheet, SDR } from './exchange-rates';
import { convertThroughBase, formatKg, formatMinor } from './money';

describe('currency conversion through the base currency', () => {
  it('converts between two non-base currencies exactly, rounding half up once', () => {
    // 100.00 USD (base) at 1 EUR = 1.08 USD → 92.59 EUR
    expect(convertThroughBase(10_000, 'USD', '1', 'EUR', '1.08')).toBe(9_259);
    // 150.00 EUR → SDR at 1 EUR = 1.08 USD, 1 XDR = 1.36 USD: 150 × 1.08 / 1.36 = 119.1176… → 119.12
    expect(convertThroughBase(15_000, 'EUR', '1.08', SDR, '1.36')).toBe(11_912);
    expect(convertThroughBase(1_000, 'JPY', '0.0067', 'USD', '1')).toBe(670);
    expect(convertThroughBase(5, 'EUR', '1.08', 'EUR', '1.08')).toBe(5);
  });

  it('says when a rate is missing instead of guessing', async () => {
    const sheet = await RateSheet.load({ baseCurrency: 'USD', rateToBase: async (c) => (c === 'EUR' ? '1.08' : null) }, '2026-03-02', ['EUR', SDR]);
    expect(sheet.convert(10_000, 'USD', 'EUR')).toBe(9_259);
    expect(sheet.convert(10_000, 'USD', SDR)).toBeNull();
    expect(sheet.total([{ amountMinor: 10_000, currency: 'USD' }, { amountMinor: 100, currency: 'EUR' }], 'EUR')).toBe(9_359);
    expect(sheet.snapshot()).toEqual({ date: '2026-03-02', baseCurrency: 'USD', rates: { USD: '1', EUR: '1.08' } });
  });

  it('formats amounts and weights as forms print them', () => {
    expect(formatMinor(123_456, 'USD')).toBe('1,234.56');
    expect(formatMinor(5, 'EUR')).toBe('0.05');
    expect(formatKg(1_250)).toBe('1.250');
  });
});
