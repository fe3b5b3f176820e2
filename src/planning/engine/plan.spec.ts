import { planItem, PlanInput } from './plan';
import { DEFAULT_POLICY, PlanningPolicy } from './policy';

const policy: PlanningPolicy = { ...DEFAULT_POLICY, productionLeadDays: 20, seaTransitDays: 35, airTransitDays: 7, safetyStockDays: 14, targetCoverDays: 60, reviewPeriodDays: 7 };
const item = { supplierId: 's', supplierProductId: 'sp', moq: 500, unitsPerCarton: 50, leadTimeDays: 30 };
const history = (base: number, recent: number[] = []) => Array.from({ length: 56 }, (_, age) => (age < recent.length ? recent[age] : base));

function input(over: Partial<PlanInput>): PlanInput {
  return { unitsByAge: history(10), available: 0, backordered: 0, receiving: 0, arrivals: [], policy, item, unitWeightG: 200, ...over };
}

describe('planItem', () => {
  it('uses the policy production lead time before the supplier’s', () => {
    const r = planItem(input({}));
    expect(r.productionLeadDays).toBe(20);
    expect(r.seaArrivalDay).toBe(55);
    expect(r.airArrivalDay).toBe(27);
    expect(planItem(input({ policy: { ...policy, productionLeadDays: null } })).productionLeadDays).toBe(30);
  });

  it('orders nothing while stock and arrivals cover the new order’s arrival plus review and safety', () => {
    const r = planItem(input({ available: 10 * (55 + 21) + 10 }));
    expect(r.reorder).toBeNull();
    expect(r.air).toBeNull();
  });

  it('reorders the target cover at the arrival day, rounded up to cartons', () => {
    // 10/day: 600 stock lasts to day 60, past the sea arrival on day 55, but not day 55 + 21.
    const r = planItem(input({ available: 600 }));
    // Need 60 days × 10 from day 55 = 600, less the 60 units left on arrival: 540 → 550 in cartons of 50.
    expect(r.reorder).toEqual({ quantity: 550, rawQuantity: 540, arrivalDay: 55 });
  });

  it('counts arrivals after the new order’s arrival towards the target, not towards the trigger', () => {
    const r = planItem(input({ available: 600, arrivals: [{ day: 80, quantity: 300, source: 'in_transit', mode: 'sea' }] }));
    expect(r.reorder?.rawQuantity).toBe(240);
    expect(r.reorder?.quantity).toBe(500); // the MOQ
  });

  it('suggests flying the units that would be lost before the earliest sea arrival, with the extra freight', () => {
    const r = planItem(input({ available: 100 }));
    // Stock lasts 10 days; an air order lands on day 27, a sea order on day 55: days 27…54 lose 28 × 10.
    expect(r.projection.stockoutDay).toBe(11);
    expect(r.air).toMatchObject({ rawQuantity: 280, quantity: 300, arrivalDay: 27, lostUnitsAvoided: 280 });
    // 300 units × 0.2 kg × (650 − 150) minor/kg.
    expect(r.air?.extraFreightMinor).toBe(30_000);
  });

  it('does not fly when a container already in transit lands before the stock-out', () => {
    const r = planItem(input({ available: 100, arrivals: [{ day: 9, quantity: 2000, source: 'in_transit', mode: 'sea' }] }));
    expect(r.air).toBeNull();
  });

  it('grows the air quantity with a spike and lets it decay', () => {
    const calm = planItem(input({ available: 400 }));
    const viral = planItem(input({ available: 400, unitsByAge: history(10, [200, 200, 200]) }));
    expect(viral.signal.spike).toBe(true);
    expect(viral.projection.stockoutDay!).toBeLessThan(calm.projection.stockoutDay!);
    expect(viral.air!.quantity).toBeGreaterThan(calm.air?.quantity ?? 0);
    expect(viral.demand[60]).toBeLessThan(viral.demand[1]);
  });

  it('nets unallocated backorders against today’s stock and puts received stock on tomorrow', () => {
    const r = planItem(input({ available: 100, backordered: 40, receiving: 30 }));
    expect(r.start).toBe(60);
    expect(r.arrivals).toContainEqual(expect.objectContaining({ day: 1, quantity: 30, source: 'receiving' }));
    expect(r.projection.stock[1]).toBe(80);
  });

  it('flags an open purchase order that would avoid lost units by air', () => {
    const r = planItem(input({
      available: 100,
      arrivals: [{ day: 0, quantity: 400, source: 'purchase_order', mode: 'sea', readyDay: 5, purchaseOrderId: 'po', purchaseOrderLineId: 'pol', reference: 'PO-1' }],
    }));
    const poArrival = r.arrivals.find((a) => a.source === 'purchase_order')!;
    expect(poArrival.day).toBe(40);
    expect(r.purchaseOrders).toEqual([
      expect.objectContaining({ action: 'switch_to_air', purchaseOrderLineId: 'pol', currentArrivalDay: 40, newArrivalDay: 12, quantity: 300, lostUnitsAvoided: 280 }),
    ]);
  });

  it('asks to pull forward an air order that is not ready yet when it lands after the stock-out', () => {
    const r = planItem(input({
      available: 100,
      arrivals: [{ day: 0, quantity: 400, source: 'purchase_order', mode: 'air', readyDay: 15, purchaseOrderId: 'po', purchaseOrderLineId: 'pol' }],
    }));
    expect(r.purchaseOrders).toEqual([expect.objectContaining({ action: 'pull_forward', currentArrivalDay: 22, newArrivalDay: 11, pullForwardDays: 11 })]);
  });
});
