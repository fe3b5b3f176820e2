import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { isValidGtin, validateHsCode } from '../../common/codes';
import {
  BASE_HS_CODE_RULES, isVagueCustomsDescription, nationalHsCodeProblem, VAGUE_DESCRIPTION_MESSAGE,
} from '../services/product-rules';

/** Destinations per product; far more than any real product ships to, small enough to bound the payload. */
const MAX_HS_DESTINATIONS = 30;

function rule(
  name: string,
  isValid: (value: unknown) => boolean,
  message: string | ((args: ValidationArguments) => string),
  options?: ValidationOptions,
) {
  return (target: object, propertyName: string) =>
    registerDecorator({ name, target: target.constructor, propertyName, options: { message, ...options }, validator: { validate: isValid } });
}

/** GTIN-8, -12, -13 or -14 with a correct GS1 check digit. */
export const IsGtin = (options?: ValidationOptions) =>
  rule('isGtin', (v) => typeof v === 'string' && isValidGtin(v), '$property must be a GTIN-8, -12, -13 or -14 with a valid GS1 check digit', options);

/** The 6-digit international HS subheading; dots and spaces are allowed and removed. */
export const IsHsSubheading = (options?: ValidationOptions) =>
  rule(
    'isHsSubheading',
    (v) => typeof v === 'string' && validateHsCode(v, BASE_HS_CODE_RULES) === null,
    (args) => `$property must be a 6-digit HS subheading (chapters 01–97, not 77): ${validateHsCode(String(args.value), BASE_HS_CODE_RULES)}`,
    options,
  );

function nationalCodeProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['must be an object of destination → tariff code'];
  const entries = Object.entries(value);
  if (entries.length > MAX_HS_DESTINATIONS) return [`must not list more than ${MAX_HS_DESTINATIONS} destinations`];
  return entries.flatMap(([destination, code]) => {
    const problem = typeof code === 'string' ? nationalHsCodeProblem(destination, code) : 'must be a string';
    return problem ? [`${destination}: ${problem}`] : [];
  });
}

/** `{ US: 10-digit HTSUS, EU: 8-digit CN or 10-digit TARIC, <alpha-2>: 8 or 10 digits }`. */
export const IsNationalHsCodes = (options?: ValidationOptions) =>
  rule('isNationalHsCodes', (v) => nationalCodeProblems(v).length === 0, (args) => `$property ${nationalCodeProblems(args.value).join('; ')}`, options);

/** Rejects descriptions customs would query, such as "Gifts" or "some goods". */
export const IsSpecificCustomsDescription = (options?: ValidationOptions) =>
  rule('isSpecificCustomsDescription', (v) => typeof v === 'string' && !isVagueCustomsDescription(v), VAGUE_DESCRIPTION_MESSAGE, options);
