import { isCountryCode } from '../../common/validation/validators';
import { hsCodesShareHeading, HsCodeRules, isValidGtin, normalizeGtin, normalizeHsCode, validateHsCode } from '../../common/codes';
import { FieldError, ValidationFailedError } from '../../common/errors';

/**
 * Product rules that need no database: shared by the DTO validators (single fields) and by the
 * service, which checks the cross-field rules again on the merged record of a partial update.
 */

/** Words that say nothing about what is in the parcel; customs holds shipments declared like this. */
const VAGUE_WORDS = new Set(['gift', 'gifts', 'goods', 'part', 'parts', 'sample', 'samples', 'clothes', 'clothing']);
const FILLER_WORDS = new Set(['a', 'an', 'the', 'some', 'various', 'misc', 'miscellaneous', 'assorted', 'mixed', 'other', 'and', 'of']);

export const VAGUE_DESCRIPTION_MESSAGE =
  'customsDescription is too vague for customs: say what the item is, of what material and for whom, e.g. "Men\'s T-shirt, knitted, 100% cotton"';

/** True when the description is only vague words ("Gifts", "some goods", "SAMPLE"), maybe with filler. */
export function isVagueCustomsDescription(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.filter((w) => !FILLER_WORDS.has(w)).every((w) => VAGUE_WORDS.has(w));
}

/**
 * Destinations with their own tariff rules; any other ISO 3166 alpha-2 country uses OTHER_DESTINATION.
 * A Map, not an object literal, so keys such as "constructor" in client input find nothing.
 */
const DESTINATION_RULES = new Map<string, HsCodeRules>([
  // HTSUS: 8-digit legal line + 2-digit statistical suffix; chapters 98/99 hold US special provisions.
  ['US', { lengths: [10], allowNational9899: true }],
  // 8-digit Combined Nomenclature or 10-digit TARIC.
  ['EU', { lengths: [8, 10] }],
]);
const OTHER_DESTINATION: HsCodeRules = { lengths: [8, 10] };

export const BASE_HS_CODE_RULES: HsCodeRules = { lengths: [6] };

function isHsDestination(key: string): boolean {
  return DESTINATION_RULES.has(key) || isCountryCode(key);
}

/** Why a national code is malformed for its destination, or null when it is well formed. */
export function nationalHsCodeProblem(destination: string, code: string): string | null {
  if (!isHsDestination(destination)) return `"${destination}" is not US, EU or an ISO 3166 alpha-2 country code in capitals`;
  return validateHsCode(code, DESTINATION_RULES.get(destination) ?? OTHER_DESTINATION);
}

/** Normalises every national code ("6109.10.00.12" → "6109100012"). */
export function normalizeHsCodeMap(codes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(codes).map(([destination, code]) => [destination, normalizeHsCode(code)]));
}

/** The 14-digit form stored for any GTIN-8/12/13/14; a malformed GTIN is a 400 naming `gtin`. */
export function canonicalGtin(code: string): string {
  if (!isValidGtin(code)) {
    throw new ValidationFailedError([{ field: 'gtin', message: 'gtin must be a GTIN-8, -12, -13 or -14 with a valid GS1 check digit' }]);
  }
  return normalizeGtin(code);
}

/** The fields the cross-field rules look at. */
export interface ProductRuleInput {
  customsDescription: string;
  hsCode: string;
  hsCodes: Record<string, string>;
  lotTracked: boolean;
  expiryTracked: boolean;
}

/** Every national code must be a subdivision of the base HS subheading. */
export function hsCodeMismatches(hsCode: string, hsCodes: Record<string, string>): FieldError[] {
  return Object.entries(hsCodes)
    .filter(([, code]) => !hsCodesShareHeading(hsCode, code))
    .map(([destination, code]) => ({
      field: `hsCodes.${destination}`,
      message: `hsCodes.${destination} "${code}" must start with the base HS code ${hsCode}`,
    }));
}

/** Rules over the whole record; run on the merged result of every create and update. */
export function productRuleViolations(product: ProductRuleInput): FieldError[] {
  const errors: FieldError[] = [];
  if (isVagueCustomsDescription(product.customsDescription)) {
    errors.push({ field: 'customsDescription', message: VAGUE_DESCRIPTION_MESSAGE });
  }
  errors.push(...hsCodeMismatches(product.hsCode, product.hsCodes));
  // Expiry dates are recorded per lot, so tracking expiry without lots has nowhere to keep them.
  if (product.expiryTracked && !product.lotTracked) {
    errors.push({ field: 'expiryTracked', message: 'expiryTracked requires lotTracked: expiry dates are recorded per lot' });
  }
  return errors;
}
