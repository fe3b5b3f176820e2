import { allocateProportionally, applyRate, parseRate } from './allocation';

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('allocateProportionally', () => {
  it('splits in proportion and gives the remainder to the largest line', () => {
    // 100 over 1:1:1 is 33 each with 1 left over; the first of the equal largest lines takes it.
    expect(allocateProportionally(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    // 1000 over 2:5:3 divides exactly.
    expect(allocateProportionally(1000n, [2n, 5n, 3n])).toEqual([200n, 500n, 300n]);
    // 10 over 1:3 → 2.5 / 7.5 → floors 2 + 7, the remainder 1 goes to the 3.
    expect(allocateProportionally(10n, [1n, 3n])).toEqual([2n, 8n]);
  });

  it('gives lines with no weight nothing', () => {
    expect(allocateProportionally(999n, [0n, 4n, 0n])).toEqual([0n, 999n, 0n]);
  });

  it('refuses to spread an amount over nothing, but zero over nothing is zero', () => {
    expect(() => allocateProportionally(5n, [0n, 0n])).toThrow(RangeError);
    expect(allocateProportionally(0n, [0n, 0n])).toEqual([0n, 0n]);
  });

  it('stays exact far beyond the safe-integer range', () => {
    const amount = 9_000_000_000_000_000_123n;
    const shares = allocateProportionally(amount, [3n, 10n ** 15n, 7n]);
    expect(shares.reduce((a, b) => a + b, 0n)).toBe(amount);
  });

  it('shares always sum exactly to the cost, and no share is off by more than the line count (1 000 random cases)', () => {
    const next = random(20260417);
    for (let run = 0; run < 1000; run++) {
      const amount = BigInt(Math.floor(next() * 10_000_000));
      const lines = 1 + Math.floor(next() * 12);
      const weights: bigint[] = Array.from({ length: lines }, () => BigInt(Math.floor(next() * 5_000_000)));
      if (!weights.some((w) => w > 0n)) weights[0] = 1n;
      const shares = allocateProportionally(amount, weights);
      const total = weights.reduce((a, b) => a + b, 0n);
      expect(shares.reduce((a, b) => a + b, 0n)).toBe(amount);
      shares.forEach((share, i) => {
        expect(share >= 0n).toBe(true);
        const exact = (amount * weights[i]) / total;
        expect(share - exact >= 0n && share - exact < BigInt(lines)).toBe(true);
      });
    }
  });
});

describe('duty rates', () => {
  it('reads decimal rates exactly and applies them half up', () => {
    expect(parseRate('0.165')).toBe(16_500_000n);
    expect(parseRate('12')).toBe(1_200_000_000n);
    expect(parseRate('-1')).toBeNull();
    expect(parseRate('0.123456789')).toBeNull();
    // 16.5 % of 333 = 54.945 → 55; of 10 = 1.65 → 2.
    expect(applyRate(333n, parseRate('0.165')!)).toBe(55n);
    expect(applyRate(10n, parseRate('0.165')!)).toBe(2n);
  });
});
