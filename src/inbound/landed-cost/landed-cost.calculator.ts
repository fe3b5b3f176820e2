import { allocateProportionally, applyRate, parseRate } from './allocation';
import { AllocationMethod } from './cost-types';

/** A received (or, before receipt, shipped) line, everything in the base currency. */
export interface CostedLine {
  key: string;
  quantity: number;
  /** Supplier price × quantity, converted to the base currency: also the customs value. */
  valueMinor: bigint;
  weightG: bigint;
  volumeMm3: bigint;
  hsCode: string;
}

export interface CostToAllocate {
  id: string;
  method: AllocationMethod;
  /** In base-currency minor units; null only for duty by HS, where the rates give the amount. */
  amountMinor: bigint | null;
  /** HS code (6 digits) → duty rate as a decimal string, for `duty_by_hs`. */
  hsRates: Record<string, string> | null;
}

export interface LineLandedCost {
  key: string;
  quantity: number;
  valueMinor: bigint;
  /** Cost id → this line's share. */
  shares: Map<string, bigint>;
  /** Value plus every share: what the line cost, landed. */
  totalMinor: bigint;
  /** totalMinor / quantity, half up (for display; valuation uses the exact total). */
  unitCostMinor: bigint;
}

export class AllocationBasisError extends Error {
  constructor(
    readonly costId: string,
    reason: string,
  ) {
    super(reason);
  }
}

function basis(line: CostedLine, method: Exclude<AllocationMethod, AllocationMethod.DutyByHs>): bigint {
  switch (method) {
    case AllocationMethod.Value:
      return line.valueMinor;
    case AllocationMethod.Quantity:
      return BigInt(line.quantity);
    case AllocationMethod.GrossWeight:
      return line.weightG;
    case AllocationMethod.Volume:
      return line.volumeMm3;
  }
}

/** Per HS code that has lines: the duty its rate gives on their customs value, rounded half up. */
function dutyByCode(lines: readonly CostedLine[], hsRates: Record<string, string>): { hsCode: string; duty: bigint }[] {
  return Object.entries(hsRates)
    .filter(([hsCode]) => lines.some((l) => l.hsCode === hsCode))
    .map(([hsCode, rate]) => ({
      hsCode,
      duty: applyRate(lines.filter((l) => l.hsCode === hsCode).reduce((v, l) => v + l.valueMinor, 0n), parseRate(rate) ?? 0n),
    }));
}

/** Duty owed by the rates: Σ over HS codes of rate × customs value of the lines under it. */
export function dutyFromRates(lines: readonly CostedLine[], hsRates: Record<string, string>): bigint {
  return dutyByCode(lines, hsRates).reduce((sum, c) => sum + c.duty, 0n);
}

/**
 * Duty per line: each HS code carries rate × the customs value of its lines; an invoiced amount
 * that differs from that is spread over the codes in proportion to it. Within a code, lines share
 * by value.
 */
function dutyShares(lines: readonly CostedLine[], amount: bigint, hsRates: Record<string, string>): bigint[] {
  const codes = dutyByCode(lines, hsRates);
  const perCode = allocateProportionally(amount, codes.map((c) => c.duty));
  const shares = lines.map(() => 0n);
  codes.forEach(({ hsCode }, c) => {
    const members = lines.flatMap((line, i) => (line.hsCode === hsCode ? [i] : []));
    const values = members.map((i) => lines[i].valueMinor);
    allocateProportionally(perCode[c], values.some((v) => v > 0n) ? values : values.map(() => 1n)).forEach((share, m) => (shares[members[m]] = share));
  });
  return shares;
}

function sharesOf(lines: readonly CostedLine[], cost: CostToAllocate, amount: bigint): bigint[] {
  if (cost.method === AllocationMethod.DutyByHs) {
    if (amount > 0n && dutyFromRates(lines, cost.hsRates ?? {}) === 0n) throw new AllocationBasisError(cost.id, 'no line has customs value under the HS codes given');
    return dutyShares(lines, amount, cost.hsRates ?? {});
  }
  const method = cost.method;
  const weights = lines.map((line) => basis(line, method));
  if (amount > 0n && weights.every((w) => w === 0n)) throw new AllocationBasisError(cost.id, `no line has any ${method.replace('_', ' ')} to carry it`);
  return allocateProportionally(amount, weights);
}

/**
 * Landed cost per line: its value plus its share of every cost. Each cost is split exactly (see
 * allocateProportionally), so the shares of one cost always sum to that cost.
 */
export function allocateLandedCost(lines: readonly CostedLine[], costs: readonly CostToAllocate[]): { lines: LineLandedCost[]; amounts: Map<string, bigint> } {
  const shares = lines.map(() => new Map<string, bigint>());
  const amounts = new Map<string, bigint>();
  for (const cost of costs) {
    const amount = cost.amountMinor ?? dutyFromRates(lines, cost.hsRates ?? {});
    amounts.set(cost.id, amount);
    sharesOf(lines, cost, amount).forEach((share, i) => shares[i].set(cost.id, share));
  }
  return {
    amounts,
    lines: lines.map((line, i) => {
      const totalMinor = [...shares[i].values()].reduce((sum, s) => sum + s, line.valueMinor);
      const quantity = BigInt(line.quantity);
      return {
        key: line.key, quantity: line.quantity, valueMinor: line.valueMinor, shares: shares[i], totalMinor,
        unitCostMinor: quantity === 0n ? 0n : (totalMinor * 2n + quantity) / (2n * quantity),
      };
    }),
  };
}
