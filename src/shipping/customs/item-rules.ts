import { validateHsCode } from '../../common/codes';
import { isCountryCode } from '../../common/validation/validators';
import { formatKg } from './money';
import { CustomsRule, itemViolations } from './customs-rule';

/** Words that say nothing about what is in the parcel; customs holds items declared like this. */
const VAGUE_WORDS = new Set(['gift', 'gifts', 'goods', 'item', 'items', 'merchandise', 'part', 'parts', 'sample', 'samples', 'clothes', 'clothing', 'stuff']);
const FILLER_WORDS = new Set(['a', 'an', 'the', 'some', 'various', 'misc', 'miscellaneous', 'assorted', 'mixed', 'other', 'and', 'of']);

/** True when the description is empty or only vague words ("Gifts", "some goods"). */
export function isVagueDescription(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.filter((w) => !FILLER_WORDS.has(w)).every((w) => VAGUE_WORDS.has(w));
}

/**
 * Digits a tariff code needs per destination. The US 10-digit HTS requirement depends on the
 * de minimis rules in force, so it lives in the US rules; here any well-formed HS code passes.
 */
const HS_LENGTHS: Record<string, number[]> = { EU: [8, 10], US: [6, 8, 10] };
const OTHER_HS_LENGTHS = [6, 8, 10];

const CN23 = 'UPU CN 23 boxes 1–8';

/** Rules every declaration must pass, whatever the destination and date. */
export const ITEM_RULES: CustomsRule[] = [
  {
    code: 'ITEM_DESCRIPTION',
    territory: 'ANY',
    summary: 'Each item has a detailed description ("2 men\'s cotton T-shirts", not "clothes")',
    source: CN23,
    apply: (facts) => ({
      violations: itemViolations(facts, 'ITEM_DESCRIPTION', 'description', (item) =>
        isVagueDescription(item.description) ? `description "${item.description}" is too vague for customs: say what it is and of what material` : null,
      ),
    }),
  },
  {
    code: 'ITEM_HS_CODE',
    territory: 'ANY',
    summary: 'Each item has an HS code valid for the destination: EU 8 (CN) or 10 (TARIC) digits, elsewhere at least the 6-digit subheading',
    source: 'WCO HS; EU Combined Nomenclature / TARIC',
    apply: (facts) => ({
      violations: itemViolations(facts, 'ITEM_HS_CODE', 'hsCode', (item) => {
        const lengths = HS_LENGTHS[facts.territory] ?? OTHER_HS_LENGTHS;
        const problem = validateHsCode(item.hsCode, { lengths, allowNational9899: facts.territory === 'US' });
        return problem && `${problem} for ${facts.territory}; add the product's hsCodes.${facts.territory}`;
      }),
    }),
  },
  {
    code: 'ITEM_ORIGIN',
    territory: 'ANY',
    summary: 'Each item states its country of origin (ISO 3166 alpha-2)',
    source: CN23,
    apply: (facts) => ({
      violations: itemViolations(facts, 'ITEM_ORIGIN', 'originCountry', (item) =>
        isCountryCode(item.originCountry) ? null : `origin "${item.originCountry}" is not an ISO 3166 alpha-2 country code`,
      ),
    }),
  },
  {
    code: 'ITEM_VALUE',
    territory: 'ANY',
    summary: 'Each item has a value above zero',
    source: CN23,
    apply: (facts) => ({
      violations: itemViolations(facts, 'ITEM_VALUE', 'valueMinor', (item) => (item.valueMinor > 0 ? null : 'value must be greater than 0: declare the real transaction value')),
    }),
  },
  {
    code: 'ITEM_NET_WEIGHT',
    territory: 'ANY',
    summary: 'Each item has a net weight',
    source: CN23,
    apply: (facts) => ({
      violations: itemViolations(facts, 'ITEM_NET_WEIGHT', 'netWeightG', (item) => (item.netWeightG > 0 ? null : 'net weight must be greater than 0 g')),
    }),
  },
  {
    code: 'NET_WEIGHT_WITHIN_GROSS',
    territory: 'ANY',
    summary: 'The items\' net weights add up to no more than the parcel\'s gross weight',
    source: 'UPU CN 23 boxes 3 and 4',
    apply: (facts) => {
      const net = facts.items.reduce((sum, item) => sum + item.netWeightG, 0);
      if (net <= facts.grossWeightG) return {};
      return {
        violations: [{
          field: 'grossWeightG',
          message: `the items weigh ${formatKg(net)} kg net, more than the parcel's gross weight of ${formatKg(facts.grossWeightG)} kg: weigh the parcel again or fix the products' net weights`,
          rule: 'NET_WEIGHT_WITHIN_GROSS',
        }],
      };
    },
  },
];
