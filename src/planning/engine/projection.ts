/**
 * Projected stock of one SKU in one warehouse, day by day. Unmet future demand is lost (a viral
 * buyer does not wait five weeks), while today's backorders are owed and are served first by the
 * next arrivals.
 */

export type ArrivalSource = 'receiving' | 'in_transit' | 'purchase_order' | 'draft' | 'new_order';

export interface Arrival {
  /** Days from today (1 = tomorrow); past or today's ETAs are clamped to 1 by the caller. */
  day: number;
  quantity: number;
  source: ArrivalSource;
  /** sea, air, rail, road; null when the purchase order does not say yet (planned as sea). */
  mode: string | null;
  /** Shipment or purchase-order number, for people. */
  reference?: string | null;
  purchaseOrderId?: string | null;
  purchaseOrderLineId?: string | null;
  /** Day the goods are ready at the supplier (purchase-order lines not shipped yet). */
  readyDay?: number | null;
}

export interface ProjectedDay {
  day: number;
  demand: number;
  arrivals: number;
  /** Stock at the end of the day; negative while backorders are still owed. */
  stock: number;
  /** Demand of this day that could not be served. */
  short: number;
}

/**
 * Day-indexed arrays (index 0 = today, before any forecast day): flat typed arrays rather than an
 * object per day, because the recompute projects tens of thousands of items in one pass.
 */
export interface Projection {
  horizon: number;
  demand: ArrayLike<number>;
  incoming: Float64Array;
  /** End-of-day stock; index 0 is the start. */
  stock: Float64Array;
  short: Float64Array;
  /** First day with unserved demand, or null when the horizon is covered. */
  stockoutDay: number | null;
  /** Days until the stock-out (the horizon when there is none). */
  daysOfCover: number;
  /** Lost units over the horizon. */
  unitsShort: number;
}

/** Fractions of a unit short are forecasting noise, not a stock-out. */
const STOCKOUT_UNITS = 0.5;

/**
 * `start` is today's available stock less unallocated backorders (may be negative); `demand[t]` the
 * forecast of day t (index 0 ignored); arrivals land at the start of their day.
 */
export function project(start: number, demand: ArrayLike<number>, arrivals: readonly Arrival[], horizon: number): Projection {
  const incoming = new Float64Array(horizon + 1);
  for (const a of arrivals) if (a.day >= 1 && a.day <= horizon && a.quantity > 0) incoming[a.day] += a.quantity;
  const stock = new Float64Array(horizon + 1);
  const short = new Float64Array(horizon + 1);
  let level = start;
  stock[0] = start;
  for (let t = 1; t <= horizon; t++) {
    level += incoming[t];
    const d = demand[t] ?? 0;
    if (level >= d) {
      level -= d;
    } else {
      short[t] = d - Math.max(level, 0);
      level = Math.min(level, 0);
    }
    stock[t] = level;
  }
  return within({ horizon, demand, incoming, stock, short, stockoutDay: null, daysOfCover: 0, unitsShort: 0 }, horizon);
}

/** The same projection summarised over its first `horizon` days (a prefix of a longer run is the shorter run). */
export function within(p: Projection, horizon: number): Projection {
  const h = Math.min(horizon, p.stock.length - 1);
  let stockoutDay: number | null = null;
  let unitsShort = 0;
  for (let t = 1; t <= h; t++) {
    if (stockoutDay === null && p.short[t] >= STOCKOUT_UNITS) stockoutDay = t;
    unitsShort += p.short[t];
  }
  return { ...p, horizon: h, stockoutDay, daysOfCover: stockoutDay === null ? h : stockoutDay - 1, unitsShort };
}

/** Day by day, for people and the API. */
export function projectedDays(p: Projection): ProjectedDay[] {
  const days: ProjectedDay[] = [];
  for (let t = 1; t <= p.horizon; t++) days.push({ day: t, demand: p.demand[t] ?? 0, arrivals: p.incoming[t], stock: p.stock[t], short: p.short[t] });
  return days;
}

/** Stock at the end of day t (day 0 = start). */
export function stockAt(p: Projection, t: number): number {
  return p.stock[Math.max(0, Math.min(t, p.stock.length - 1))];
}

/** Sum of unserved demand on days from…to (inclusive). */
export function shortBetween(p: Projection, from: number, to: number): number {
  let sum = 0;
  for (let t = Math.max(1, from); t <= Math.min(to, p.short.length - 1); t++) sum += p.short[t];
  return sum;
}

/** Sum of `series[from…to]` (inclusive), for forecast demand or arrivals by day. */
export function sumBetween(series: ArrayLike<number>, from: number, to: number): number {
  let sum = 0;
  for (let t = Math.max(0, from); t <= Math.min(to, series.length - 1); t++) sum += series[t];
  return sum;
}

export function arrivalsBetween(arrivals: readonly Arrival[], from: number, to: number): number {
  let sum = 0;
  for (const a of arrivals) if (a.day >= from && a.day <= to) sum += a.quantity;
  return sum;
}
