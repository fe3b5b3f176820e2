import { normalizeHsCode } from '../../common/codes';
import { formatMinor } from './money';
import { ConsignmentFacts, CustomsRule, CustomsViolation, itemViolations, RuleOutcome } from './customs-rule';

/** Section 321: $800 a day per person, in USD minor units. */
export const US_DE_MINIMIS_USD_MINOR = 80_000;
const ORIGINS_WITHOUT_DE_MINIMIS_FROM_MAY_2025 = new Set(['CN', 'HK']);

/** A full (informal or formal) entry needs the 10-digit HTSUS number on every line. */
function hts10Violations(facts: ConsignmentFacts, rule: string, why: string): CustomsViolation[] {
  return itemViolations(facts, rule, 'hsCode', (item) =>
    /^\d{10}$/.test(normalizeHsCode(item.hsCode)) ? null : `HS code "${item.hsCode}" must be the 10-digit HTSUS number: ${why}; add the product's hsCodes.US`,
  );
}

const overThreshold = (facts: ConsignmentFacts) => facts.valueUsdMinor === null || facts.valueUsdMinor > US_DE_MINIMIS_USD_MINOR;
const valueText = (facts: ConsignmentFacts) => (facts.valueUsdMinor === null ? 'value unknown' : `$${formatMinor(facts.valueUsdMinor, 'USD')}`);

function deMinimisOrFullEntry(facts: ConsignmentFacts, rule: string, fullEntryReason: string | null): RuleOutcome {
  if (fullEntryReason === null) return { deMinimis: true };
  return { deMinimis: false, violations: hts10Violations(facts, rule, fullEntryReason) };
}

/** United States: the $800 de minimis and its suspension (reference §4). */
export const US_RULES: CustomsRule[] = [
  {
    code: 'US_DE_MINIMIS_800',
    territory: 'US',
    until: '2025-05-02',
    summary: 'Up to $800 enters duty-free under Section 321; above it a full entry needs HTS-10 on every line',
    source: '19 U.S.C. 1321',
    apply: (facts) => deMinimisOrFullEntry(facts, 'US_DE_MINIMIS_800', overThreshold(facts) ? `the consignment (${valueText(facts)}) is above the $800 de minimis` : null),
  },
  {
    code: 'US_DE_MINIMIS_CN_HK',
    territory: 'US',
    from: '2025-05-02',
    until: '2025-08-29',
    summary: 'Goods of Chinese or Hong Kong origin lose de minimis; others keep it up to $800',
    source: 'EO 14256; thompsonhinesmartrade.com, strtrade.com',
    apply: (facts) => {
      const fromChina = facts.items.some((item) => ORIGINS_WITHOUT_DE_MINIMIS_FROM_MAY_2025.has(item.originCountry));
      const reason = fromChina
        ? 'goods of CN/HK origin lost de minimis on 2025-05-02'
        : overThreshold(facts) ? `the consignment (${valueText(facts)}) is above the $800 de minimis` : null;
      return deMinimisOrFullEntry(facts, 'US_DE_MINIMIS_CN_HK', reason);
    },
  },
  {
    code: 'US_NO_DE_MINIMIS',
    territory: 'US',
    from: '2025-08-29',
    summary: 'De minimis suspended for all countries: every parcel needs full entry data (HTS-10, origin, value) whatever its value',
    source: 'EO 14324; CBP CSMS #67845486',
    apply: (facts) => deMinimisOrFullEntry(facts, 'US_NO_DE_MINIMIS', 'de minimis is suspended since 2025-08-29, so every US parcel needs full entry data'),
  },
];
