import { demandSignal, DEFAULT_SIGNAL_SETTINGS, ewma, forecastRate, MIN_BASELINE_PER_DAY } from './signal';

/** 56 days of history by age: `recent` for the last days (today first), `base` before. */
function history(base: number, recent: number[] = []): number[] {
  return Array.from({ length: 56 }, (_, age) => (age < recent.length ? recent[age] : base));
}

describe('ewma', () => {
  it('of a constant series is that constant, however short the window', () => {
    expect(ewma([4, 4, 4, 4, 4], 0, 5, 14)).toBeCloseTo(4, 10);
    expect(ewma([9], 0, 1, 14)).toBeCloseTo(9, 10);
  });

  it('weighs a day one half-life older half as much', () => {
    // ages 0 and 1 with half-life 1: weights 1 and 0.5 → (1·10 + 0.5·40) / 1.5 = 20.
    expect(ewma([10, 40], 0, 2, 1)).toBeCloseTo(20, 10);
  });

  it('follows recent weeks more than old ones', () => {
    const risingLately = Array.from({ length: 56 }, (_, age) => (age < 14 ? 20 : 10));
    const value = ewma(risingLately, 0, 56, 14);
    expect(value).toBeGreaterThan(15); // a plain mean would be 12.5
    expect(value).toBeLessThan(20);
  });
});

describe('demandSignal', () => {
  it('keeps the recent days out of the baseline', () => {
    const s = demandSignal(history(10, [200, 200, 200]));
    expect(s.baselinePerDay).toBeCloseTo(10, 6);
    expect(s.recentPerDay).toBeCloseTo(200, 6);
  });

  it('reports a 20× week as a spike with its multiple and start day', () => {
    const s = demandSignal(history(5, [100, 100, 100, 5, 5]));
    expect(s.spike).toBe(true);
    expect(s.spikeMultiple).toBeCloseTo(20, 1);
    expect(s.spikeStartAge).toBe(2);
  });

  it('does not call 1 → 3 units a spike however large the multiple (minimum volume)', () => {
    const s = demandSignal(history(0.3, [3, 3, 3]));
    expect(s.recentPerDay / Math.max(s.baselinePerDay, MIN_BASELINE_PER_DAY)).toBeGreaterThan(DEFAULT_SIGNAL_SETTINGS.spikeThreshold);
    expect(s.recentUnits).toBeLessThan(DEFAULT_SIGNAL_SETTINGS.spikeMinUnits);
    expect(s.spike).toBe(false);
    expect(s.spikeMultiple).toBeNull();
  });

  it('does not call an ordinary busy week a spike', () => {
    expect(demandSignal(history(50, [80, 90, 70])).spike).toBe(false);
  });

  it('sees a spike from nothing (a new viral item) with the baseline floored', () => {
    const s = demandSignal(history(0, [30, 20, 0]));
    expect(s.spike).toBe(true);
    expect(s.spikeMultiple).toBeCloseTo(50 / 3 / MIN_BASELINE_PER_DAY, 1);
    expect(s.spikeStartAge).toBe(1);
  });
});

describe('forecastRate', () => {
  it('decays the spike excess towards the baseline by the half-life', () => {
    const s = demandSignal(history(10, [110, 110, 110]));
    expect(forecastRate(s, 7, 7)).toBeCloseTo(10 + 100 / 2, 6);
    expect(forecastRate(s, 14, 7)).toBeCloseTo(10 + 100 / 4, 6);
    expect(forecastRate(s, 365, 7)).toBeCloseTo(10, 3);
  });

  it('is the baseline when there is no spike', () => {
    const s = demandSignal(history(10, [12, 11, 9]));
    expect(forecastRate(s, 1, 7)).toBeCloseTo(s.baselinePerDay, 10);
  });
});
