/**
 * Plans one SKU in one warehouse: signal → forecast → projection → suggestions. No I/O; the
 * recompute streams every item through `planItem`, and the backtest replays a year through it.
 */
import { DEFAULT_PRODUCTION_LEAD_DAYS, PlanningPolicy } from './policy';
import { Arrival, arrivalsBetween, project, Projection, shortBetween, stockAt, sumBetween, within } from './projection';
import { roundOrderQuantity, roundToCartons } from './rounding';
import { DemandSignal, demandSignal, DEFAULT_SIGNAL_SETTINGS, forecastSeries } from './signal';

export const HORIZON_DAYS = 120;

export interface SupplyItem {
  supplierId: string;
  supplierProductId: string;
  moq: number;
  unitsPerCarton: number;
  /** The supplier product's lead time, else the supplier's. */
  leadTimeDays: number | null;
}

export interface PlanInput {
  /** Units shipped by age in days (0 = today). */
  unitsByAge: readonly number[];
  /** Sellable on hand less reserved. */
  available: number;
  /** Ordered by customers and not allocated yet. */
  backordered: number;
  /** Received, waiting to be put away (sellable from tomorrow). */
  receiving: number;
  /** Shipments on their way (day set) and purchase-order lines not shipped yet (day derived from readyDay). */
  arrivals: readonly Arrival[];
  policy: PlanningPolicy;
  /** The supplier to order from; null when no active supplier sells the product. */
  item: SupplyItem | null;
  /** Gross grams per unit, for freight. */
  unitWeightG: number;
}

export interface ReorderSuggestion {
  quantity: number;
  rawQuantity: number;
  arrivalDay: number;
}

export interface AirSuggestion {
  quantity: number;
  rawQuantity: number;
  arrivalDay: number;
  lostUnitsAvoided: number;
  extraFreightMinor: number;
}

export interface PurchaseOrderExpedite {
  action: 'switch_to_air' | 'pull_forward';
  purchaseOrderId: string;
  purchaseOrderLineId: string;
  reference: string | null;
  /** Units of the line to move (all of it for pull_forward). */
  quantity: number;
  currentArrivalDay: number;
  newArrivalDay: number;
  lostUnitsAvoided: number;
  extraFreightMinor: number;
  /** For pull_forward: how many days earlier the supplier would need to be ready. */
  pullForwardDays: number | null;
}

export interface PlanResult {
  signal: DemandSignal;
  /** Forecast per day, index = day (0 unused), as far as the reorder arithmetic needs. */
  demand: Float64Array;
  /** Today's available less backorders. */
  start: number;
  arrivals: Arrival[];
  /** Projection over HORIZON_DAYS. */
  projection: Projection;
  /** The same run over as many days as the reorder arithmetic needs. */
  long: Projection;
  productionLeadDays: number;
  seaArrivalDay: number;
  airArrivalDay: number;
  reorder: ReorderSuggestion | null;
  air: AirSuggestion | null;
  purchaseOrders: PurchaseOrderExpedite[];
}

const transitDays = (policy: PlanningPolicy, mode: string | null) => (mode === 'air' ? policy.airTransitDays : policy.seaTransitDays);

/** Extra cost of flying instead of shipping by sea, in minor units of the base currency. */
export function extraFreightMinor(units: number, unitWeightG: number, policy: PlanningPolicy): number {
  return Math.round((units * unitWeightG * (policy.airFreightPerKgMinor - policy.seaFreightPerKgMinor)) / 1000);
}

export function planItem(input: PlanInput, horizon = HORIZON_DAYS): PlanResult {
  const { policy, item } = input;
  const signal = demandSignal(input.unitsByAge, {
    ...DEFAULT_SIGNAL_SETTINGS, spikeThreshold: policy.spikeThreshold, spikeMinUnits: policy.spikeMinUnits,
  });
  const productionLeadDays = policy.productionLeadDays ?? item?.leadTimeDays ?? DEFAULT_PRODUCTION_LEAD_DAYS;
  const seaArrivalDay = Math.max(1, productionLeadDays + policy.seaTransitDays);
  const airArrivalDay = Math.max(1, productionLeadDays + policy.airTransitDays);
  const cover = Math.max(policy.targetCoverDays, policy.reviewPeriodDays + policy.safetyStockDays);
  const longHorizon = Math.max(horizon, seaArrivalDay + cover);
  const demand = forecastSeries(signal, longHorizon, policy.spikeHalfLifeDays);


  const arrivals: Arrival[] = input.arrivals.map((a) => {
    if (a.source !== 'purchase_order' && a.source !== 'draft') return { ...a, day: Math.max(1, a.day) };
    const ready = Math.max(0, a.readyDay ?? productionLeadDays);
    return { ...a, readyDay: ready, day: Math.max(1, ready + transitDays(policy, a.mode)) };
  });
  if (input.receiving > 0) arrivals.push({ day: 1, quantity: input.receiving, source: 'receiving', mode: null });
  arrivals.sort((a, b) => a.day - b.day);

  const start = input.available - input.backordered;
  const long = project(start, demand, arrivals, longHorizon);
  const projection: Projection = within(long, horizon);
  const moq = item?.moq ?? 1;
  const carton = item?.unitsPerCarton ?? 1;

  // Reorder: what the stock at the new order's arrival (plus later arrivals) lacks to cover the target.
  let reorder: ReorderSuggestion | null = null;
  const levelAtArrival = stockAt(long, seaArrivalDay - 1);
  const stockThen = Math.max(levelAtArrival, 0);
  const owedThen = Math.max(-levelAtArrival, 0);
  const triggerDays = policy.reviewPeriodDays + policy.safetyStockDays;
  const triggerNeed = sumBetween(demand, seaArrivalDay, seaArrivalDay + triggerDays - 1) + owedThen;
  const triggerHave = stockThen + arrivalsBetween(arrivals, seaArrivalDay, seaArrivalDay + triggerDays - 1);
  if (triggerHave < triggerNeed) {
    const raw = sumBetween(demand, seaArrivalDay, seaArrivalDay + cover - 1) + owedThen - stockThen - arrivalsBetween(arrivals, seaArrivalDay, seaArrivalDay + cover - 1);
    const quantity = roundOrderQuantity(raw, moq, carton);
    if (quantity > 0) reorder = { quantity, rawQuantity: Math.ceil(raw - 1e-9), arrivalDay: seaArrivalDay };
  }

  // Air: the units that would be lost between an air order's arrival and a new sea order's arrival.
  let air: AirSuggestion | null = null;
  if (airArrivalDay < seaArrivalDay) {
    const gap = shortBetween(long, airArrivalDay, seaArrivalDay - 1);
    if (gap >= 1) {
      const quantity = roundToCartons(gap, carton);
      air = {
        quantity, rawQuantity: Math.ceil(gap - 1e-9), arrivalDay: airArrivalDay, lostUnitsAvoided: Math.round(gap),
        extraFreightMinor: extraFreightMinor(quantity, input.unitWeightG, policy),
      };
    }
  }

  const purchaseOrders: PurchaseOrderExpedite[] = [];
  for (const a of arrivals) {
    if (a.source !== 'purchase_order' || !a.purchaseOrderId || !a.purchaseOrderLineId || long.stockoutDay === null || a.day <= long.stockoutDay) continue;
    const ready = a.readyDay ?? 0;
    const byAir = Math.max(1, ready + policy.airTransitDays);
    if (a.mode !== 'air' && byAir < a.day) {
      const avoided = Math.min(a.quantity, shortBetween(long, byAir, a.day - 1));
      if (avoided >= 1) {
        const quantity = Math.min(a.quantity, roundToCartons(avoided, carton));
        purchaseOrders.push({
          action: 'switch_to_air', purchaseOrderId: a.purchaseOrderId, purchaseOrderLineId: a.purchaseOrderLineId, reference: a.reference ?? null,
          quantity, currentArrivalDay: a.day, newArrivalDay: byAir, lostUnitsAvoided: Math.round(avoided),
          extraFreightMinor: extraFreightMinor(quantity, input.unitWeightG, policy), pullForwardDays: null,
        });
        continue;
      }
    }
    // Ready today is the most a supplier can be pulled forward.
    const earliest = Math.max(1, transitDays(policy, a.mode));
    if (ready > 0 && earliest < a.day) {
      const avoided = Math.min(a.quantity, shortBetween(long, earliest, a.day - 1));
      if (avoided >= 1) {
        purchaseOrders.push({
          action: 'pull_forward', purchaseOrderId: a.purchaseOrderId, purchaseOrderLineId: a.purchaseOrderLineId, reference: a.reference ?? null,
          quantity: a.quantity, currentArrivalDay: a.day, newArrivalDay: Math.max(earliest, long.stockoutDay), lostUnitsAvoided: Math.round(avoided),
          extraFreightMinor: 0, pullForwardDays: Math.min(ready, a.day - Math.max(earliest, long.stockoutDay)),
        });
      }
    }
  }

  return { signal, demand, start, arrivals, projection, long, productionLeadDays, seaArrivalDay, airArrivalDay, reorder, air, purchaseOrders };
}
