import { normalizeHsCode } from '../../common/codes';
import { ConsignmentFacts, CustomsRule } from './customs-rule';

/** IOSS and the (former) duty relief stop at an intrinsic value of €150, in EUR minor units. */
export const EU_LOW_VALUE_EUR_MINOR = 15_000;
/** The interim flat duty per item category (distinct 6-digit subheading) from 1 July 2026. */
export const EU_FLAT_DUTY_EUR_MINOR = 300;
export const IOSS_NUMBER = /^IM\d{10}$/;

const lowValue = (facts: ConsignmentFacts) => facts.valueEurMinor !== null && facts.valueEurMinor <= EU_LOW_VALUE_EUR_MINOR;

/** European Union: IOSS, the €150 threshold and the flat duty that replaces the duty relief (reference §4). */
export const EU_RULES: CustomsRule[] = [
  {
    code: 'EU_IOSS_NUMBER_FORMAT',
    territory: 'EU',
    from: '2021-07-01',
    summary: 'An IOSS number is IM + 10 digits (IN… numbers belong to intermediaries)',
    source: 'Council Directive (EU) 2017/2455; python-stdnum eu/oss',
    apply: (facts) =>
      facts.iossNumber === null || IOSS_NUMBER.test(facts.iossNumber)
        ? {}
        : { violations: [{ field: 'iossNumber', message: `IOSS number "${facts.iossNumber}" must be IM followed by 10 digits`, rule: 'EU_IOSS_NUMBER_FORMAT' }] },
  },
  {
    code: 'EU_IOSS_150',
    territory: 'EU',
    from: '2021-07-01',
    summary: 'Up to €150 with an IOSS number: VAT was paid at sale, the number goes in the electronic data only; above €150 IOSS is not allowed and the importer pays VAT and duty',
    source: 'dpd.com/ch/en/faq/ioss-function',
    apply: (facts) => ({ iossApplies: facts.iossNumber !== null && IOSS_NUMBER.test(facts.iossNumber) && lowValue(facts) }),
  },
  {
    code: 'EU_DUTY_RELIEF_150',
    territory: 'EU',
    until: '2026-07-01',
    summary: 'Consignments up to €150 are free of customs duty (VAT still due)',
    source: 'Regulation (EC) 1186/2009 art. 23',
    apply: (facts) => ({ deMinimis: lowValue(facts) }),
  },
  {
    code: 'EU_LOW_VALUE_DUTY_3EUR',
    territory: 'EU',
    from: '2026-07-01',
    until: '2028-07-01',
    summary: 'Duty relief abolished: €3 per distinct tariff subheading in a consignment up to €150',
    source: 'Council agreement 13 Nov 2025, adopted 11 Feb 2026; regfollower.com/?p=78434',
    apply: (facts) => {
      if (!lowValue(facts)) return { deMinimis: false };
      const subheadings = new Set(facts.items.map((item) => normalizeHsCode(item.hsCode).slice(0, 6)));
      return {
        deMinimis: false,
        estimatedDuty: {
          rule: 'EU_LOW_VALUE_DUTY_3EUR',
          amountMinor: EU_FLAT_DUTY_EUR_MINOR * subheadings.size,
          currency: 'EUR',
          basis: `${subheadings.size} distinct HS subheading(s) × €3`,
        },
      };
    },
  },
];
