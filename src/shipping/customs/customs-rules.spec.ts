import { assessConsignment, ConsignmentFacts, CustomsRule, DeclaredItem, ruleInForce } from './customs-rule';
import { CUSTOMS_RULES } from './customs-rules';

const tee: DeclaredItem = {
  sku: 'TEE-BLK-M', description: "Men's T-shirt, knitted, 100% cotton", quantity: 2, netWeightG: 360, valueMinor: 9_000, currency: 'USD',
  hsCode: '6109100012', originCountry: 'VN',
};

function facts(overrides: Partial<ConsignmentFacts> = {}): ConsignmentFacts {
  return {
    shipDate: '2026-03-02', destinationCountry: 'US', territory: 'US', items: [tee], grossWeightG: 500,
    valueEurMinor: 8_300, valueUsdMinor: 9_000, iossNumber: null, ...overrides,
  };
}

const eu = (overrides: Partial<ConsignmentFacts> = {}) =>
  facts({ destinationCountry: 'FR', territory: 'EU', items: [{ ...tee, hsCode: '61091000', currency: 'EUR', valueMinor: 8_300 }], ...overrides });

const assess = (f: ConsignmentFacts) => assessConsignment(f, CUSTOMS_RULES);
const rulesOf = (f: ConsignmentFacts) => assess(f).violations.map((v) => v.rule);

describe('customs rules', () => {
  it('selects a rule from its first day up to, not including, its last', () => {
    const rule: Pick<CustomsRule, 'from' | 'until'> = { from: '2026-07-01', until: '2028-07-01' };
    expect([ruleInForce(rule, '2026-06-30'), ruleInForce(rule, '2026-07-01'), ruleInForce(rule, '2028-06-30'), ruleInForce(rule, '2028-07-01')]).toEqual([
      false, true, true, false,
    ]);
  });

  it('passes a complete declaration', () => {
    expect(assess(facts()).violations).toEqual([]);
    expect(assess(eu()).violations).toEqual([]);
  });

  describe('items', () => {
    it('refuses vague descriptions and accepts precise ones', () => {
      expect(rulesOf(facts({ items: [{ ...tee, description: 'Gifts' }] }))).toEqual(['ITEM_DESCRIPTION']);
      expect(rulesOf(facts({ items: [{ ...tee, description: 'some goods' }] }))).toEqual(['ITEM_DESCRIPTION']);
      expect(rulesOf(facts({ items: [{ ...tee, description: '' }] }))).toEqual(['ITEM_DESCRIPTION']);
      expect(rulesOf(facts({ items: [{ ...tee, description: 'Cotton gift bag' }] }))).toEqual([]);
    });

    it('needs 8 or 10 digits for the EU, a well-formed code elsewhere', () => {
      expect(rulesOf(eu({ items: [{ ...tee, hsCode: '610910' }] }))).toEqual(['ITEM_HS_CODE']);
      expect(rulesOf(eu({ items: [{ ...tee, hsCode: '61091000' }] }))).toEqual([]);
      expect(rulesOf(eu({ items: [{ ...tee, hsCode: '6109100010' }] }))).toEqual([]);
      expect(rulesOf(facts({ destinationCountry: 'CH', territory: 'CH', items: [{ ...tee, hsCode: '610910' }] }))).toEqual([]);
      expect(rulesOf(facts({ destinationCountry: 'CH', territory: 'CH', items: [{ ...tee, hsCode: '7710' }] }))).toEqual(['ITEM_HS_CODE']);
    });

    it('needs an origin, a value above 0 and a net weight, naming the item field', () => {
      const { violations } = assess(facts({ items: [{ ...tee, originCountry: '', valueMinor: 0, netWeightG: 0 }] }));
      expect(violations.map((v) => [v.field, v.rule])).toEqual([
        ['items[0].originCountry', 'ITEM_ORIGIN'],
        ['items[0].valueMinor', 'ITEM_VALUE'],
        ['items[0].netWeightG', 'ITEM_NET_WEIGHT'],
      ]);
      expect(rulesOf(facts({ items: [{ ...tee, valueMinor: 1, netWeightG: 1 }] }))).toEqual([]);
    });

    it('keeps the net weight within the gross weight, equal included', () => {
      expect(rulesOf(facts({ grossWeightG: 360 }))).toEqual([]);
      expect(rulesOf(facts({ grossWeightG: 359 }))).toEqual(['NET_WEIGHT_WITHIN_GROSS']);
    });

    it('lists every violation of every item at once', () => {
      const items = [{ ...tee, hsCode: '6109' }, { ...tee, sku: 'CAP', description: 'Parts', valueMinor: 0 }];
      expect(rulesOf(facts({ items, grossWeightG: 100 }))).toEqual([
        'ITEM_DESCRIPTION', 'ITEM_HS_CODE', 'ITEM_VALUE', 'NET_WEIGHT_WITHIN_GROSS', 'US_NO_DE_MINIMIS',
      ]);
    });
  });

  describe('United States', () => {
    const hs6 = [{ ...tee, hsCode: '610910' }];

    it('before 2 May 2025: $800 de minimis, HS-6 enough at or under it, HTS-10 above', () => {
      const day = '2025-05-01';
      expect(assess(facts({ shipDate: day, items: hs6, valueUsdMinor: 80_000 }))).toMatchObject({ violations: [], deMinimis: true });
      expect(assess(facts({ shipDate: day, items: hs6, valueUsdMinor: 80_001 }))).toMatchObject({ deMinimis: false, violations: [{ rule: 'US_DE_MINIMIS_800', field: 'items[0].hsCode' }] });
    });

    it('from 2 May 2025: Chinese and Hong Kong goods lose de minimis, others keep it', () => {
      const day = '2025-05-02';
      expect(assess(facts({ shipDate: day, items: hs6 }))).toMatchObject({ violations: [], deMinimis: true });
      expect(rulesOf(facts({ shipDate: day, items: [{ ...hs6[0], originCountry: 'CN' }] }))).toEqual(['US_DE_MINIMIS_CN_HK']);
      expect(rulesOf(facts({ shipDate: day, items: hs6, valueUsdMinor: 80_001 }))).toEqual(['US_DE_MINIMIS_CN_HK']);
      expect(rulesOf(facts({ shipDate: day, items: [{ ...tee, originCountry: 'HK' }] }))).toEqual([]);
    });

    it('from 29 Aug 2025: no de minimis, every parcel needs HTS-10 whatever its value', () => {
      expect(assess(facts({ shipDate: '2025-08-28', items: hs6, valueUsdMinor: 100 }))).toMatchObject({ violations: [], deMinimis: true });
      const after = assess(facts({ shipDate: '2025-08-29', items: hs6, valueUsdMinor: 100 }));
      expect(after).toMatchObject({ deMinimis: false, violations: [{ rule: 'US_NO_DE_MINIMIS', field: 'items[0].hsCode' }] });
      expect(after.violations[0].message).toContain('10-digit HTSUS');
      expect(assess(facts({ shipDate: '2025-08-29', valueUsdMinor: 100 }))).toMatchObject({ violations: [], deMinimis: false });
    });

    it('applies exactly one de minimis rule on any date', () => {
      for (const day of ['2025-05-01', '2025-05-02', '2025-08-28', '2025-08-29', '2027-07-01']) {
        expect(assess(facts({ shipDate: day })).rulesApplied.filter((code) => code.startsWith('US_'))).toHaveLength(1);
      }
    });
  });

  describe('European Union', () => {
    const ioss = 'IM3720000224';

    it('takes the IOSS path up to €150 and refuses it above', () => {
      expect(assess(eu({ iossNumber: ioss, valueEurMinor: 15_000 }))).toMatchObject({ violations: [], iossApplies: true });
      expect(assess(eu({ iossNumber: ioss, valueEurMinor: 15_001 }))).toMatchObject({ violations: [], iossApplies: false });
      expect(assess(eu({ iossNumber: null, valueEurMinor: 100 }))).toMatchObject({ iossApplies: false });
    });

    it('checks the IOSS number format only', () => {
      expect(rulesOf(eu({ iossNumber: 'IN3720000224' }))).toEqual(['EU_IOSS_NUMBER_FORMAT']);
      expect(rulesOf(eu({ iossNumber: 'IM372000022' }))).toEqual(['EU_IOSS_NUMBER_FORMAT']);
      expect(assess(eu({ iossNumber: 'IN3720000224' })).iossApplies).toBe(false);
    });

    it('relieves duty up to €150 until 30 June 2026', () => {
      expect(assess(eu({ shipDate: '2026-06-30', valueEurMinor: 15_000 }))).toMatchObject({ deMinimis: true, estimatedDuties: [] });
      expect(assess(eu({ shipDate: '2026-06-30', valueEurMinor: 15_001 }))).toMatchObject({ deMinimis: false, estimatedDuties: [] });
    });

    it('estimates €3 per distinct subheading for low-value consignments from 1 July 2026 until 1 July 2028', () => {
      const items = [
        { ...tee, hsCode: '6106100010', sku: 'SILK-BLOUSE' },
        { ...tee, hsCode: '6106900010', sku: 'WOOL-BLOUSE-1' },
        { ...tee, hsCode: '6106900090', sku: 'WOOL-BLOUSE-2' },
      ];
      const low = { items, grossWeightG: 2_000, valueEurMinor: 15_000 };
      expect(assess(eu({ ...low, shipDate: '2026-06-30' })).estimatedDuties).toEqual([]);
      expect(assess(eu({ ...low, shipDate: '2026-07-01' }))).toMatchObject({
        deMinimis: false,
        estimatedDuties: [{ rule: 'EU_LOW_VALUE_DUTY_3EUR', amountMinor: 600, currency: 'EUR' }],
      });
      expect(assess(eu({ ...low, shipDate: '2026-07-01', valueEurMinor: 15_001 })).estimatedDuties).toEqual([]);
      expect(assess(eu({ ...low, shipDate: '2028-07-01' })).estimatedDuties).toEqual([]);
    });
  });
});
