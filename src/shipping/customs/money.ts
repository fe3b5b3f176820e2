/**
 * Exact conversion of integer minor units between currencies through the FX table's base
 * currency. The table prices one unit of a currency in base-currency units, so any pair converts
 * as amount × rate(from) / rate(to); BigInt keeps every step exact until the one rounding.
 */

/** Decimal places of a currency's minor unit: 2 for EUR, USD and XDR, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

const RATE = /^(\d{1,10})(?:\.(\d{1,8}))?$/;

function parseRate(rate: string): { units: bigint; scale: bigint } {
  const m = RATE.exec(rate);
  if (!m) throw new Error(`Not a decimal rate: ${rate}`);
  const fraction = m[2] ?? '';
  return { units: BigInt(`${m[1]}${fraction}`), scale: 10n ** BigInt(fraction.length) };
}

/** n / d, rounded half up; both are positive here. */
function divideHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/**
 * Converts `amountMinor` of `from` into minor units of `to`, given each currency's rate into the
 * same base currency. Null when the result would not be a safe integer.
 */
export function convertThroughBase(amountMinor: number, from: string, fromRate: string, to: string, toRate: string): number | null {
  if (from === to) return amountMinor;
  const f = parseRate(fromRate);
  const t = parseRate(toRate);
  const numerator = BigInt(amountMinor) * f.units * t.scale * 10n ** BigInt(minorUnitDigits(to));
  const denominator = f.scale * t.units * 10n ** BigInt(minorUnitDigits(from));
  const result = divideHalfUp(numerator, denominator);
  return result > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(result);
}

/** `123456, 'USD'` → `1,234.56`; `5000, 'JPY'` → `5,000`. */
export function formatMinor(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amountMinor < 0 ? '-' : ''}${whole}${digits ? `.${text.slice(text.length - digits)}` : ''}`;
}

/** Grams as kilograms with three decimals, the unit customs forms print: 1250 → `1.250`. */
export function formatKg(grams: number): string {
  return (grams / 1000).toFixed(3);
}
