/**
 * Splits an amount in integer minor units over lines in proportion to their weights, exactly:
 * each line gets floor(amount × weight / Σ weights), and the few minor units that rounding leaves
 * over go to the line with the largest weight (the first one on a tie), so the shares always sum
 * to the amount. BigInt throughout: amount × weight overflows a double long before money does.
 */
export function allocateProportionally(amountMinor: bigint, weights: readonly bigint[]): bigint[] {
  if (amountMinor < 0n) throw new RangeError('amount must not be negative');
  if (weights.some((w) => w < 0n)) throw new RangeError('weights must not be negative');
  const total = weights.reduce((sum, w) => sum + w, 0n);
  if (total === 0n) {
    if (amountMinor === 0n) return weights.map(() => 0n);
    throw new RangeError('cannot allocate over lines whose weights are all zero');
  }
  const shares = weights.map((w) => (amountMinor * w) / total);
  const remainder = amountMinor - shares.reduce((sum, s) => sum + s, 0n);
  let largest = 0;
  weights.forEach((w, i) => {
    if (w > weights[largest]) largest = i;
  });
  shares[largest] += remainder;
  return shares;
}

const RATE = /^(\d{1,6})(?:\.(\d{1,8}))?$/;
/** Duty rates are read to 8 decimals: weights become integers without losing a digit. */
export const RATE_SCALE = 100_000_000n;

/** `"0.165"` → 16 500 000 (the rate × 10^8), or null when it is not a plain non-negative decimal. */
export function parseRate(rate: string): bigint | null {
  const m = RATE.exec(rate);
  if (!m) return null;
  return BigInt(m[1]) * RATE_SCALE + BigInt((m[2] ?? '').padEnd(8, '0'));
}

/** rate × value, rounded half up to a whole minor unit. */
export function applyRate(valueMinor: bigint, scaledRate: bigint): bigint {
  return (valueMinor * scaledRate * 2n + RATE_SCALE) / (2n * RATE_SCALE);
}
