import { convertThroughBase } from './money';

/**
 * Where shipping reads exchange rates: one unit of `currency` costs `rate` units of the FX table's
 * base currency, using the latest rate on or before `date`. SDR is the ISO 4217 code XDR.
 */
export abstract class ExchangeRates {
  abstract readonly baseCurrency: string;
  abstract rateToBase(currency: string, date: string): Promise<string | null>;
}

/** Special drawing rights, the unit of the UPU CN 22 limit. */
export const SDR = 'XDR';

/** The rates of a few currencies on one date, converting between any two of them. */
export class RateSheet {
  private constructor(
    readonly date: string,
    readonly baseCurrency: string,
    private readonly rates: ReadonlyMap<string, string>,
  ) {}

  static async load(source: ExchangeRates, date: string, currencies: Iterable<string>): Promise<RateSheet> {
    const rates = new Map<string, string>([[source.baseCurrency, '1']]);
    for (const currency of new Set(currencies)) {
      if (rates.has(currency)) continue;
      const rate = await source.rateToBase(currency, date);
      if (rate !== null) rates.set(currency, rate);
    }
    return new RateSheet(date, source.baseCurrency, rates);
  }

  has(currency: string): boolean {
    return this.rates.has(currency);
  }

  /** Null when either currency has no rate, or the result is too large to be exact. */
  convert(amountMinor: number, from: string, to: string): number | null {
    if (from === to) return amountMinor;
    const fromRate = this.rates.get(from);
    const toRate = this.rates.get(to);
    if (fromRate === undefined || toRate === undefined) return null;
    return convertThroughBase(amountMinor, from, fromRate, to, toRate);
  }

  /** Sum of amounts in various currencies, in `to`; null if any one cannot be converted. */
  total(amounts: { amountMinor: number; currency: string }[], to: string): number | null {
    let sum = 0;
    for (const { amountMinor, currency } of amounts) {
      const converted = this.convert(amountMinor, currency, to);
      if (converted === null) return null;
      sum += converted;
    }
    return Number.isSafeInteger(sum) ? sum : null;
  }

  /** What a declaration keeps, so its converted values can be checked later. */
  snapshot(): { date: string; baseCurrency: string; rates: Record<string, string> } {
    return { date: this.date, baseCurrency: this.baseCurrency, rates: Object.fromEntries(this.rates) };
  }
}
