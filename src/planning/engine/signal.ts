/**
 * Demand signal of one SKU in one warehouse: a baseline rate and, when the last few days run far
 * above it, a spike. Pure functions: the recompute, the projection endpoint, the unit tests and the
 * backtest all call these.
 */

export interface SignalSettings {
  /** Days of history read; older days do not count. */
  historyDays: number;
  /** Half-life of the baseline's exponential weights: a day this many days older weighs half. */
  baselineHalfLifeDays: number;
  /** The "last few days" compared with the baseline, today included. */
  recentDays: number;
  /** Recent rate ÷ baseline at or above which the recent days are a spike. */
  spikeThreshold: number;
  /** Units sold in the recent days below which nothing is a spike (1 → 3 units is noise). */
  spikeMinUnits: number;
}

export const DEFAULT_SIGNAL_SETTINGS: SignalSettings = {
  historyDays: 56,
  baselineHalfLifeDays: 14,
  recentDays: 3,
  spikeThreshold: 3,
  spikeMinUnits: 15,
};

/** A baseline below this (units/day) is treated as this, so a first sale does not read as an infinite multiple. */
export const MIN_BASELINE_PER_DAY = 0.1;

/** How far back the start of a spike is looked for. */
const SPIKE_LOOKBACK_DAYS = 14;

export interface DemandSignal {
  /** Units/day: exponentially weighted over the history before the recent days. */
  baselinePerDay: number;
  /** Units/day over the recent days. */
  recentPerDay: number;
  recentUnits: number;
  spike: boolean;
  /** Recent rate ÷ baseline (baseline floored at MIN_BASELINE_PER_DAY); set on spikes only. */
  spikeMultiple: number | null;
  /** Days ago the spike began (0 = today); set on spikes only. */
  spikeStartAge: number | null;
}

/**
 * Exponentially weighted mean of `unitsByAge[from…to-1]`, weight 0.5^((age-from)/halfLife). The
 * weights are normalised, so a short history is not pulled towards zero by days that never existed.
 */
export function ewma(unitsByAge: readonly number[], from: number, to: number, halfLifeDays: number): number {
  let weighted = 0;
  let weights = 0;
  for (let age = from; age < to; age++) {
    const w = 0.5 ** ((age - from) / halfLifeDays);
    weighted += w * (unitsByAge[age] ?? 0);
    weights += w;
  }
  return weights > 0 ? weighted / weights : 0;
}

/**
 * `unitsByAge[a]` is the units shipped `a` days ago (0 = today so far). The baseline excludes the
 * recent days, so a spike does not raise the rate it is measured against.
 */
export function demandSignal(unitsByAge: readonly number[], s: SignalSettings = DEFAULT_SIGNAL_SETTINGS): DemandSignal {
  const baselinePerDay = ewma(unitsByAge, s.recentDays, s.historyDays, s.baselineHalfLifeDays);
  let recentUnits = 0;
  for (let age = 0; age < s.recentDays; age++) recentUnits += unitsByAge[age] ?? 0;
  const recentPerDay = recentUnits / s.recentDays;
  const floor = Math.max(baselinePerDay, MIN_BASELINE_PER_DAY);
  const multiple = recentPerDay / floor;
  const spike = recentUnits >= s.spikeMinUnits && multiple >= s.spikeThreshold;
  return {
    baselinePerDay,
    recentPerDay,
    recentUnits,
    spike,
    spikeMultiple: spike ? Math.round(multiple * 100) / 100 : null,
    spikeStartAge: spike ? spikeStart(unitsByAge, floor * s.spikeThreshold) : null,
  };
}

/** Earliest day of the run of elevated days ending most recently; one quiet day inside the run is tolerated. */
function spikeStart(unitsByAge: readonly number[], elevatedAt: number): number {
  let start: number | null = null;
  let quiet = 0;
  for (let age = 0; age < SPIKE_LOOKBACK_DAYS; age++) {
    const units = unitsByAge[age] ?? 0;
    if (units > 0 && units >= elevatedAt) {
      start = age;
      quiet = 0;
    } else if (start !== null && ++quiet >= 2) {
      break;
    }
  }
  // A spike by definition has elevated recent days; today alone may still be too early to show it.
  return start ?? 0;
}

/**
 * Forecast units/day for day `t` (1 = tomorrow): the baseline, plus the spike's excess over it
 * halving every `halfLifeDays`.
 */
export function forecastRate(signal: DemandSignal, t: number, halfLifeDays: number): number {
  if (!signal.spike) return signal.baselinePerDay;
  const excess = signal.recentPerDay - signal.baselinePerDay;
  return signal.baselinePerDay + excess * 0.5 ** (t / halfLifeDays);
}

/** Daily forecast for days 0…horizon (index = day; day 0 is today and is not forecast). */
export function forecastSeries(signal: DemandSignal, horizon: number, halfLifeDays: number): Float64Array {
  const out = new Float64Array(horizon + 1);
  for (let t = 1; t <= horizon; t++) out[t] = forecastRate(signal, t, halfLifeDays);
  return out;
}
