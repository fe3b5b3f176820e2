/**
 * The backtest's world: a seeded, documented demand generator with viral spikes, and a day-by-day
 * replay of a replenishment policy against it. Policies see only what the real system sees:
 * units shipped (demand that found no stock is lost and invisible), stock on hand and the orders
 * already on their way.
 */
import { DEFAULT_POLICY, planItem, PlanningPolicy } from '../../../src/planning';
import { roundOrderQuantity } from '../../../src/planning/engine/rounding';

/** mulberry32: small, fast, good enough for simulation, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Poisson draw: Knuth's method for small means, a rounded normal approximation for large ones. */
export function poisson(mean: number, rnd: () => number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = rnd();
    while (p > limit) {
      k++;
      p *= rnd();
    }
    return k;
  }
  const z = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
}

export interface Scenario {
  seed: number;
  skus: number;
  /** Days simulated before measuring, so both policies start from their own steady state. */
  warmupDays: number;
  measuredDays: number;
  /** Share of SKUs that go viral once during the measured year. */
  viralShare: number;
  /** Demand multiple while viral, drawn uniformly from this range. */
  viralMultiple: [number, number];
  /** Days at the full multiple, then the excess halves every `viralHalfLifeDays`. */
  viralPlateauDays: number;
  viralHalfLifeDays: number;
  productionLeadDays: number;
  policy: PlanningPolicy;
}

export const SCENARIO: Scenario = {
  seed: 20260504,
  skus: 300,
  warmupDays: 120,
  measuredDays: 365,
  viralShare: 0.35,
  viralMultiple: [10, 25],
  viralPlateauDays: 7,
  viralHalfLifeDays: 5,
  productionLeadDays: 20,
  policy: { ...DEFAULT_POLICY, productionLeadDays: 20, seaTransitDays: 35, airTransitDays: 7, safetyStockDays: 14, targetCoverDays: 60, reviewPeriodDays: 7 },
};

export interface Sku {
  /** Mean units/day outside spikes: log-uniform between 2 and 40. */
  rate: number;
  unitCostMinor: number;
  unitWeightG: number;
  moq: number;
  unitsPerCarton: number;
  /** Day (in the whole timeline) the spike starts, or null. */
  spikeDay: number | null;
  spikeMultiple: number;
  /** Realised demand per day of the whole timeline (warm-up + measured). */
  demand: number[];
}

/** Expected demand on `day` for a SKU: its rate, times the spike profile when viral. */
function meanOn(s: Omit<Sku, 'demand'>, day: number, sc: Scenario): number {
  if (s.spikeDay === null || day < s.spikeDay) return s.rate;
  const since = day - s.spikeDay;
  const excess = s.spikeMultiple - 1;
  const factor = since < sc.viralPlateauDays ? excess : excess * 0.5 ** ((since - sc.viralPlateauDays) / sc.viralHalfLifeDays);
  return s.rate * (1 + factor);
}

/** The SKUs and their daily demand, identical for every policy replayed against them. */
export function generateSkus(sc: Scenario): Sku[] {
  const rnd = prng(sc.seed);
  const total = sc.warmupDays + sc.measuredDays;
  return Array.from({ length: sc.skus }, () => {
    const rate = Math.exp(Math.log(2) + rnd() * (Math.log(40) - Math.log(2)));
    const viral = rnd() < sc.viralShare;
    const base = {
      rate,
      unitCostMinor: 500 + Math.floor(rnd() * 1500),
      unitWeightG: 200 + Math.floor(rnd() * 400),
      moq: 100 * (1 + Math.floor(rnd() * 3)),
      unitsPerCarton: [10, 20, 25, 50][Math.floor(rnd() * 4)],
      spikeDay: viral ? sc.warmupDays + 30 + Math.floor(rnd() * (sc.measuredDays - 90)) : null,
      spikeMultiple: sc.viralMultiple[0] + rnd() * (sc.viralMultiple[1] - sc.viralMultiple[0]),
    };
    return { ...base, demand: Array.from({ length: total }, (_, day) => poisson(meanOn(base, day, sc), rnd)) };
  });
}

interface Order {
  arrivalDay: number;
  quantity: number;
  mode: 'sea' | 'air';
}

/** What a policy decides at the end of a day, from what the system can see. */
export type Decide = (view: { day: number; onHand: number; pipeline: readonly Order[]; shipped: readonly number[]; sku: Sku }) => Order[];

export interface Outcome {
  stockoutDays: number;
  lostUnits: number;
  demandUnits: number;
  /** Mean over the measured days of Σ on-hand × unit cost, in minor units. */
  averageInventoryMinor: number;
  airFreightMinor: number;
  airUnits: number;
}

/** Replays every SKU through `decide`, measuring only the measured days. */
export function replay(sc: Scenario, skus: readonly Sku[], decide: Decide): Outcome {
  const out: Outcome = { stockoutDays: 0, lostUnits: 0, demandUnits: 0, averageInventoryMinor: 0, airFreightMinor: 0, airUnits: 0 };
  const total = sc.warmupDays + sc.measuredDays;
  let inventoryMinorDays = 0;
  for (const sku of skus) {
    let onHand = Math.round(sku.rate * 60);
    let pipeline: Order[] = [];
    const shipped: number[] = [];
    for (let day = 0; day < total; day++) {
      const measured = day >= sc.warmupDays;
      for (const o of pipeline) if (o.arrivalDay === day) onHand += o.quantity;
      pipeline = pipeline.filter((o) => o.arrivalDay > day);
      const wanted = sku.demand[day];
      const sold = Math.min(wanted, onHand);
      onHand -= sold;
      shipped.push(sold);
      if (measured) {
        out.demandUnits += wanted;
        out.lostUnits += wanted - sold;
        if (wanted > sold) out.stockoutDays++;
        inventoryMinorDays += onHand * sku.unitCostMinor;
      }
      for (const o of decide({ day, onHand, pipeline, shipped, sku })) {
        pipeline.push(o);
        if (o.mode === 'air' && measured) {
          out.airUnits += o.quantity;
          out.airFreightMinor += Math.round((o.quantity * sku.unitWeightG * sc.policy.airFreightPerKgMinor) / 1000);
        }
      }
    }
  }
  out.averageInventoryMinor = Math.round(inventoryMinorDays / sc.measuredDays);
  return out;
}

/**
 * (a) Min/max on inventory position: rate = plain mean of the last 56 days shipped; when on hand
 * plus on order falls to the demand over the sea lead time plus safety days, order up to that plus
 * the target cover, rounded to MOQ and cartons, by sea.
 */
export function minMax(sc: Scenario): Decide {
  const p = sc.policy;
  const lead = sc.productionLeadDays + p.seaTransitDays;
  return ({ day, onHand, pipeline, shipped, sku }) => {
    const window = shipped.slice(-56);
    const rate = window.reduce((a, b) => a + b, 0) / window.length;
    const position = onHand + pipeline.reduce((a, o) => a + o.quantity, 0);
    const min = rate * (lead + p.safetyStockDays);
    if (position > min) return [];
    const quantity = roundOrderQuantity(min + rate * p.targetCoverDays - position, sku.moq, sku.unitsPerCarton);
    return quantity > 0 ? [{ arrivalDay: day + lead, quantity, mode: 'sea' }] : [];
  };
}

/**
 * (b) The planner: the module's `planItem` on the same view, accepting its reorder (sea) and, when
 * `withAir`, its air expedite as a planner would.
 */
export function planner(sc: Scenario, withAir: boolean): Decide {
  return ({ day, onHand, pipeline, shipped, sku }) => {
    const unitsByAge: number[] = [];
    for (let age = 0; age < 56; age++) unitsByAge.push(shipped[shipped.length - 1 - age] ?? 0);
    const result = planItem({
      unitsByAge, available: onHand, backordered: 0, receiving: 0,
      // The view is taken at the end of the day: tomorrow is day 1.
      arrivals: pipeline.map((o) => ({ day: o.arrivalDay - day, quantity: o.quantity, source: 'in_transit' as const, mode: o.mode })),
      policy: sc.policy, item: { supplierId: 's', supplierProductId: 'sp', moq: sku.moq, unitsPerCarton: sku.unitsPerCarton, leadTimeDays: sc.productionLeadDays },
      unitWeightG: sku.unitWeightG,
    });
    const orders: Order[] = [];
    if (result.reorder) orders.push({ arrivalDay: day + result.reorder.arrivalDay, quantity: result.reorder.quantity, mode: 'sea' });
    if (withAir && result.air) orders.push({ arrivalDay: day + result.air.arrivalDay, quantity: result.air.quantity, mode: 'air' });
    return orders;
  };
}
