import { AllocationMethod } from './cost-types';
import { AllocationBasisError, allocateLandedCost, CostedLine, dutyFromRates } from './landed-cost.calculator';

// The worked example of docs/inbound.md: T-shirts (HS 610910) and hoodies (HS 611020).
const lines: CostedLine[] = [
  { key: 'tee', quantity: 100, valueMinor: 25_530n, weightG: 18_000n, volumeMm3: 150_000_000n, hsCode: '610910' },
  { key: 'hoodie', quantity: 20, valueMinor: 12_420n, weightG: 12_000n, volumeMm3: 50_000_000n, hsCode: '611020' },
];

describe('allocateLandedCost', () => {
  it('splits freight by volume and duty by HS line, and sums each cost exactly', () => {
    const result = allocateLandedCost(lines, [
      { id: 'freight', method: AllocationMethod.Volume, amountMinor: 10_001n, hsRates: null },
      { id: 'duty', method: AllocationMethod.DutyByHs, amountMinor: null, hsRates: { '610910': '0.165', '611020': '0.32' } },
    ]);
    // Freight 3:1 → 7500.75 / 2500.25 → 7500 + 2500, the odd cent to the larger line.
    expect(result.lines.map((l) => l.shares.get('freight'))).toEqual([7_501n, 2_500n]);
    // Duty: 16.5 % × 255.30 = 42.1245 → 42.12; 32 % × 124.20 = 39.744 → 39.74; total 81.86.
    expect(result.amounts.get('duty')).toBe(8_186n);
    expect(result.lines.map((l) => l.shares.get('duty'))).toEqual([4_212n, 3_974n]);
    expect(result.lines.map((l) => l.totalMinor)).toEqual([25_530n + 7_501n + 4_212n, 12_420n + 2_500n + 3_974n]);
    // 372.43 / 100 = 3.7243 → 3.72; 188.94 / 20 = 9.447 → 9.45.
    expect(result.lines.map((l) => l.unitCostMinor)).toEqual([372n, 945n]);
  });

  it('uses a given duty amount (the customs invoice) and splits it by rate × value', () => {
    const result = allocateLandedCost(lines, [{ id: 'duty', method: AllocationMethod.DutyByHs, amountMinor: 9_000n, hsRates: { '610910': '0.165', '611020': '0.32' } }]);
    const shares = result.lines.map((l) => l.shares.get('duty')!);
    expect(shares[0] + shares[1]).toBe(9_000n);
    expect(shares[0] > shares[1]).toBe(true);
  });

  it('splits by value, quantity and weight', () => {
    const result = allocateLandedCost(lines, [
      { id: 'insurance', method: AllocationMethod.Value, amountMinor: 379n, hsRates: null },
      { id: 'handling', method: AllocationMethod.Quantity, amountMinor: 1_200n, hsRates: null },
      { id: 'port', method: AllocationMethod.GrossWeight, amountMinor: 500n, hsRates: null },
    ]);
    expect(result.lines.map((l) => [l.shares.get('insurance'), l.shares.get('handling'), l.shares.get('port')])).toEqual([
      [255n, 1_000n, 300n],
      [124n, 200n, 200n],
    ]);
  });

  it('refuses a cost no line can carry', () => {
    expect(() => allocateLandedCost(lines, [{ id: 'duty', method: AllocationMethod.DutyByHs, amountMinor: 100n, hsRates: { '640299': '0.1' } }])).toThrow(AllocationBasisError);
  });

  it('computes duty owed from the rates per HS code', () => {
    expect(dutyFromRates(lines, { '610910': '0.165' })).toBe(4_212n);
  });
});
