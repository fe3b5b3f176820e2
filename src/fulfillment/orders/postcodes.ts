/**
 * Postcode formats of the countries we ship to most, checked after normalising (upper case, single
 * spaces). Countries not in the table accept any postcode up to 20 characters (or none).
 */
interface PostcodeRule {
  pattern: RegExp;
  example: string;
}

const POSTCODE_RULES: Readonly<Record<string, PostcodeRule>> = {
  // ZIP or ZIP+4.
  US: { pattern: /^\d{5}(?:-\d{4})?$/, example: '10001 or 10001-1234' },
  // Outward code (area, district) + inward code (sector, unit); the space is required after normalising.
  GB: { pattern: /^(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) \d[A-Z]{2}$/, example: 'SW1A 1AA' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  FR: { pattern: /^\d{5}$/, example: '75001' },
  IT: { pattern: /^\d{5}$/, example: '00184' },
  // The first two digits are the province, 01–52.
  ES: { pattern: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/, example: '28013' },
  // Four digits not starting with 0, then two letters; SA, SD and SS are not issued.
  NL: { pattern: /^[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}$/, example: '1012 AB' },
};

/** Countries whose postcode format is checked. */
export const CHECKED_POSTCODE_COUNTRIES = Object.keys(POSTCODE_RULES);

/**
 * Upper case, trimmed, inner whitespace collapsed; a UK or NL postcode typed without its space
 * gets it back (`SW1A1AA` → `SW1A 1AA`, `1012AB` → `1012 AB`).
 */
export function normalizePostcode(country: string, raw: string): string {
  const compact = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  if ((country === 'GB' || country === 'NL') && !compact.includes(' ') && compact.length > 3) {
    return `${compact.slice(0, -(country === 'GB' ? 3 : 2))} ${compact.slice(-(country === 'GB' ? 3 : 2))}`;
  }
  return compact;
}

/** Null when the postcode fits the country, otherwise the rule it breaks. */
export function postcodeProblem(country: string, postcode: string | null | undefined): string | null {
  const rule = POSTCODE_RULES[country];
  if (!rule) return postcode && postcode.length > 20 ? 'postcode must be at most 20 characters' : null;
  if (!postcode) return `postcode is required for ${country}`;
  return rule.pattern.test(normalizePostcode(country, postcode)) ? null : `postcode is not a valid ${country} postcode (e.g. ${rule.example})`;
}
