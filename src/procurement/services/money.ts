/**
 * Exact money arithmetic on integer minor units. Amounts stay JavaScript numbers at the edges
 * (JSON, the database driver) and are bounded by Number.MAX_SAFE_INTEGER; sums, products and
 * currency conversion run on BigInt so no step rounds silently.
 */

export const MAX_MINOR = Number.MAX_SAFE_INTEGER;

/** Decimal places of the currency's minor unit: 2 for CNY and USD, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** quantity × unit price, or null when the result is above MAX_MINOR. */
export function lineAmount(quantity: number, unitPriceMinor: number): number | null {
  return safeNumber(BigInt(quantity) * BigInt(unitPriceMinor));
}

/** Sum of amounts, or null when the result is above MAX_MINOR. */
export function sumAmounts(amounts: number[]): number | null {
  return safeNumber(amounts.reduce((sum, a) => sum + BigInt(a), 0n));
}

function safeNumber(value: bigint): number | null {
  return value > BigInt(MAX_MINOR) || value < -BigInt(MAX_MINOR) ? null : Number(value);
}

const RATE_PATTERN = /^(\d{1,10})(?:\.(\d{1,8}))?$/;

/** Matches the `numeric(18,8)` column: up to 10 integer and 8 decimal digits, greater than zero. */
export function isValidRate(rate: string): boolean {
  const m = RATE_PATTERN.exec(rate);
  return !!m && /[1-9]/.test(`${m[1]}${m[2] ?? ''}`);
}

/** `"7.1"` → `{ units: 71n, scale: 10n }` (7.1 = 71 / 10). */
function parseRate(rate: string): { units: bigint; scale: bigint } {
  const m = RATE_PATTERN.exec(rate);
  if (!m) throw new Error(`Not a decimal rate: ${rate}`);
  const fraction = m[2] ?? '';
  return { units: BigInt(`${m[1]}${fraction}`), scale: 10n ** BigInt(fraction.length) };
}

/** n / d rounded half away from zero (half-up for the non-negative amounts money uses here). */
function divideHalfUp(n: bigint, d: bigint): bigint {
  const negative = n < 0n !== d < 0n;
  const [an, ad] = [n < 0n ? -n : n, d < 0n ? -d : d];
  const q = (2n * an + ad) / (2n * ad);
  return negative ? -q : q;
}

/**
 * Converts minor units of `from` into minor units of `to`, where `rate` (a decimal string) is the
 * price of one unit of `from` in units of `to`. Rounded half-up to `to`'s minor unit; null above MAX_MINOR.
 */
export function convertMinor(amountMinor: number, from: string, to: string, rate: string): number | null {
  const { units, scale } = parseRate(rate);
  const numerator = BigInt(amountMinor) * units * 10n ** BigInt(minorUnitDigits(to));
  const denominator = scale * 10n ** BigInt(minorUnitDigits(from));
  return safeNumber(divideHalfUp(numerator, denominator));
}

/** `123456, 'USD'` → `1,234.56`; `5000, 'JPY'` → `5,000`. Grouped with commas, no symbol. */
export function formatMinor(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const negative = amountMinor < 0;
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = digits ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
