import { buildMessage, ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';
import { isValid as isKnownCountry } from 'i18n-iso-countries';

/** ISO 3166-1 alpha-2 only: the library also accepts alpha-3 and numeric codes. */
export function isCountryCode(value: unknown): boolean {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value) && isKnownCountry(value);
}

/** `Area/Location` in the exact IANA spelling; the Intl API alone also takes `est5edt` or `america/new_york`. */
const IANA_ZONE_NAME = /^[A-Z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+)+$/;

export function isTimeZone(value: unknown): boolean {
  if (value === 'UTC') return true;
  if (typeof value !== 'string' || !IANA_ZONE_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const IsCountryCode = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCountryCode',
      validator: {
        validate: isCountryCode,
        defaultMessage: buildMessage((each) => `${each}$property must be an ISO 3166-1 alpha-2 country code such as US or NL`, options),
      },
    },
    options,
  );

export const IsTimeZone = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: isTimeZone,
        defaultMessage: buildMessage((each) => `${each}$property must be an IANA time zone such as Europe/Amsterdam, or UTC`, options),
      },
    },
    options,
  );

/**
 * For PATCH fields that may be left out but not cleared: unlike `@IsOptional()`, a `null` is
 * still validated (and rejected), so it never reaches a NOT NULL column.
 */
export const Omittable = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Codes people type in either case (SKU, country, currency) are stored in capitals. */
export const toUpperCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** Query strings carry `true` / `false` as text. */
export const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
