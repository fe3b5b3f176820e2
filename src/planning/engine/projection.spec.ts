import { Arrival, project, projectedDays, shortBetween, within } from './projection';

const daysOf = (p: ReturnType<typeof project>) => projectedDays(p);

const flat = (rate: number, horizon: number) => [0, ...Array.from({ length: horizon }, () => rate)];
const arrival = (day: number, quantity: number): Arrival => ({ day, quantity, source: 'in_transit', mode: 'sea' });

describe('project', () => {
  it('runs stock down by the daily demand and finds the stock-out day', () => {
    const p = project(100, flat(10, 30), [], 30);
    expect(daysOf(p)[0].stock).toBe(90);
    expect(daysOf(p)[9].stock).toBe(0);
    expect(p.stockoutDay).toBe(11);
    expect(p.daysOfCover).toBe(10);
    expect(p.unitsShort).toBe(200); // days 11…30 lost
  });

  it('adds arrivals on their day and counts only the days without stock as short', () => {
    const p = project(50, flat(10, 20), [arrival(8, 100)], 20);
    expect(p.stockoutDay).toBe(6);
    expect(shortBetween(p, 6, 7)).toBe(20);
    expect(daysOf(p)[7].stock).toBe(90); // day 8: 0 + 100 − 10
    // Lost on days 6–7, and again from day 18 when the 100 have run out: 20 + 30.
    expect(daysOf(p)[16]).toMatchObject({ stock: 0, short: 0 });
    expect(daysOf(p)[17].short).toBe(10);
    expect(p.unitsShort).toBe(50);
  });

  it('serves a partial day and loses the rest', () => {
    const p = project(15, flat(10, 3), [], 3);
    expect(daysOf(p)[1]).toMatchObject({ stock: 0, short: 5 });
    expect(p.unitsShort).toBe(15);
  });

  it('fills owed backorders first from the next arrival, while new demand without stock is lost', () => {
    const p = project(-30, flat(10, 5), [arrival(3, 100)], 5);
    expect(daysOf(p)[0]).toMatchObject({ stock: -30, short: 10 });
    expect(daysOf(p)[2].stock).toBe(60); // −30 + 100 − 10
    expect(p.stockoutDay).toBe(1);
    expect(p.unitsShort).toBe(20);
  });

  it('reports the whole horizon as cover when nothing runs out, and ignores arrivals beyond it', () => {
    const p = project(1000, flat(1, 120), [arrival(200, 5000)], 120);
    expect(p.stockoutDay).toBeNull();
    expect(p.daysOfCover).toBe(120);
    expect(p.unitsShort).toBe(0);
  });

  it('summarises a prefix of a longer run exactly as a run over the shorter horizon', () => {
    const arrivals = [arrival(40, 300)];
    const long = project(120, flat(10, 90), arrivals, 90);
    const short = project(120, flat(10, 60), arrivals, 60);
    expect(within(long, 60)).toMatchObject({ stockoutDay: short.stockoutDay, daysOfCover: short.daysOfCover, unitsShort: short.unitsShort, horizon: 60 });
  });

  it('projects a decaying spike: fewer units short than at the spike rate', () => {
    const decaying = [0, ...Array.from({ length: 60 }, (_, i) => 10 + 190 * 0.5 ** ((i + 1) / 7))];
    const atSpikeRate = project(500, flat(200, 60), [], 60);
    const decayed = project(500, decaying, [], 60);
    expect(decayed.stockoutDay!).toBeGreaterThan(atSpikeRate.stockoutDay!);
    expect(decayed.unitsShort).toBeLessThan(atSpikeRate.unitsShort);
  });
});
