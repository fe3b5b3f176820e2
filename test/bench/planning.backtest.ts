/**
 * `npm run backtest:planning`: replays a synthetic year of demand with viral spikes (seeded, see
 * test/bench/planning/backtest-sim.ts) against (a) a plain min/max policy and (b) the planner's own
 * functions, with the same lead times, safety stock, target cover, MOQs and cartons. A second table
 * sweeps the safety stock of both, so lost units can be compared at matching inventory levels.
 * Settings: BACKTEST_SEED, BACKTEST_SKUS.
 */
import { fixed, table } from './support/report';
import { generateSkus, minMax, Outcome, planner, replay, SCENARIO, Scenario } from './planning/backtest-sim';

const SAFETY_SWEEP = [0, 7, 14, 21, 28];
const money = (minor: number) => Math.round(minor / 100).toLocaleString('en');

function main(): void {
  const base: Scenario = {
    ...SCENARIO,
    seed: Number(process.env.BACKTEST_SEED ?? SCENARIO.seed),
    skus: Number(process.env.BACKTEST_SKUS ?? SCENARIO.skus),
  };
  const started = performance.now();
  const skus = generateSkus(base);
  const viral = skus.filter((s) => s.spikeDay !== null).length;
  const p = base.policy;
  console.log(`backtest:planning — seed ${base.seed}, ${base.skus} SKUs (${viral} go viral ×${base.viralMultiple.join('–')} for ${base.viralPlateauDays} days, then the excess halves every ${base.viralHalfLifeDays} days), ${base.measuredDays} measured days after ${base.warmupDays} warm-up days`);
  console.log(`both policies: production ${base.productionLeadDays} d + sea ${p.seaTransitDays} d (planner's air: ${p.airTransitDays} d, ${p.airFreightPerKgMinor} minor/kg); safety ${p.safetyStockDays} d, target cover ${p.targetCoverDays} d, MOQ and carton rounding; reviewed daily`);

  const withSafety = (days: number): Scenario => ({ ...base, policy: { ...base.policy, safetyStockDays: days } });
  const sweep = SAFETY_SWEEP.map((days) => {
    const sc = withSafety(days);
    return { days, minMax: replay(sc, skus, minMax(sc)), planner: replay(sc, skus, planner(sc, true)) };
  });
  const at = sweep.find((s) => s.days === p.safetyStockDays)!;
  const rows: [string, Outcome][] = [
    ['(a) min/max (56-day mean, sea only)', at.minMax],
    ['(b) planner (EWMA + spikes, sea + air)', at.planner],
    ['(b′) planner, sea only', replay(base, skus, planner(base, false))],
  ];
  console.log(`\n${table(
    ['policy', 'stock-out SKU-days', 'lost units', 'lost %', 'avg inventory value', 'air units', 'air freight spent'],
    rows.map(([name, o]) => [
      name, o.stockoutDays.toLocaleString('en'), o.lostUnits.toLocaleString('en'), fixed((100 * o.lostUnits) / o.demandUnits, 2),
      money(o.averageInventoryMinor), o.airUnits.toLocaleString('en'), money(o.airFreightMinor),
    ]),
  )}`);
  console.log(`(money in whole units of the base currency; demand over the measured year: ${at.minMax.demandUnits.toLocaleString('en')} units)`);

  console.log(`\nsafety stock sweep (lost units / average inventory value / air freight):\n${table(
    ['safety days', 'min/max lost', 'min/max inventory', 'planner lost', 'planner inventory', 'planner air freight'],
    sweep.map((s) => [
      String(s.days), s.minMax.lostUnits.toLocaleString('en'), money(s.minMax.averageInventoryMinor),
      s.planner.lostUnits.toLocaleString('en'), money(s.planner.averageInventoryMinor), money(s.planner.airFreightMinor),
    ]),
  )}`);

  // For each min/max setting: the planner setting with the fewest lost units that holds no more inventory.
  console.log('\nat matching inventory (planner setting holding no more inventory than the min/max one):');
  let beaten = 0;
  for (const m of sweep) {
    const candidates = sweep.filter((s) => s.planner.averageInventoryMinor <= m.minMax.averageInventoryMinor);
    const best = candidates.sort((x, y) => x.planner.lostUnits - y.planner.lostUnits)[0];
    if (!best) {
      console.log(`  min/max ${m.days} d: no planner setting holds as little inventory`);
      continue;
    }
    const fewer = (100 * (m.minMax.lostUnits - best.planner.lostUnits)) / m.minMax.lostUnits;
    if (fewer > 0) beaten++;
    console.log(`  min/max ${String(m.days).padStart(2)} d (${money(m.minMax.averageInventoryMinor)}): planner ${String(best.days).padStart(2)} d (${money(best.planner.averageInventoryMinor)}) loses ${fixed(fewer, 1)} % fewer units`);
  }
  const comparable = sweep.filter((s) => s.planner.averageInventoryMinor <= s.minMax.averageInventoryMinor * 1.1).length;
  console.log(`\n${beaten > 0 && comparable > 0 ? 'PASS' : 'SHORT'}: the planner loses fewer units at ${beaten} of ${sweep.length} min/max inventory levels`);
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
