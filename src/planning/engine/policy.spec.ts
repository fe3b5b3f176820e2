import { DEFAULT_POLICY, policyResolver, PolicyRow } from './policy';

const row = (scope: Partial<PolicyRow>, values: PolicyRow['values']): PolicyRow => ({ productId: null, category: null, warehouseId: null, ...scope, values });

describe('policyResolver', () => {
  const rows = [
    row({}, { targetCoverDays: 45, seaTransitDays: 30 }),
    row({ warehouseId: 'eu' }, { seaTransitDays: 42, airTransitDays: 5 }),
    row({ category: 'apparel' }, { safetyStockDays: 21, seaTransitDays: 33 }),
    row({ category: 'apparel', warehouseId: 'eu' }, { safetyStockDays: 28 }),
    row({ productId: 'tee' }, { targetCoverDays: 90, safetyStockDays: null }),
    row({ productId: 'tee', warehouseId: 'eu' }, { reviewPeriodDays: 3 }),
  ];
  const resolve = policyResolver(rows);

  it('takes each field from the most specific scope that sets it', () => {
    expect(resolve('tee', 'apparel', 'eu')).toEqual({
      ...DEFAULT_POLICY, reviewPeriodDays: 3, targetCoverDays: 90, safetyStockDays: 28, seaTransitDays: 33, airTransitDays: 5,
    });
  });

  it('skips category scopes for products without a category', () => {
    expect(resolve('tee', null, 'eu')).toMatchObject({ safetyStockDays: DEFAULT_POLICY.safetyStockDays, seaTransitDays: 42 });
  });

  it('falls back to the built-in defaults', () => {
    expect(policyResolver([])('x', null, 'us')).toEqual(DEFAULT_POLICY);
    expect(resolve('other', null, 'us')).toEqual({ ...DEFAULT_POLICY, targetCoverDays: 45, seaTransitDays: 30 });
  });
});
