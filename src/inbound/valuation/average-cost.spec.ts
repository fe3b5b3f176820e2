import { averageAfterReceipt, averageAfterTrueUp, averageInMinor, valueAt } from './average-cost';

describe('weighted average cost', () => {
  it('starts at the landed unit cost of the first receipt, to a millionth of a cent', () => {
    // 372.43 over 100 units = 3.7243 per unit.
    expect(averageAfterReceipt(0, 0n, 100, 37_243n)).toBe(372_430_000n);
    expect(averageInMinor(372_430_000n)).toBe(372n);
  });

  it('weights the old average by the units on hand and the receipt by its exact value', () => {
    // 50 × 4.00 + 150 units worth 540.00 = 740.00 over 200 = 3.70.
    expect(averageAfterReceipt(50, 400_000_000n, 150, 54_000n)).toBe(370_000_000n);
  });

  it('ignores negative stock', () => {
    expect(averageAfterReceipt(-5, 999_000_000n, 10, 1_000n)).toBe(100_000_000n);
  });

  it('spreads a true-up over the units on hand', () => {
    // 80 on hand at 3.72 with freight trued up by +12.00: (297.60 + 12.00) / 80 = 3.87.
    expect(averageAfterTrueUp(80, 372_000_000n, 1_200n)).toBe(387_000_000n);
    expect(averageAfterTrueUp(80, 372_000_000n, -100_000n)).toBe(0n);
    expect(averageAfterTrueUp(0, 372_000_000n, 1_200n)).toBe(372_000_000n);
  });

  it('does not drift: three receipts then a true-up value the stock at exactly what it cost', () => {
    let average = averageAfterReceipt(0, 0n, 107, 27_317n);
    average = averageAfterTrueUp(107, average, 13_009n);
    average = averageAfterTrueUp(107, average, 4_507n);
    expect(valueAt(107, average)).toBe(27_317n + 13_009n + 4_507n);
  });
});
