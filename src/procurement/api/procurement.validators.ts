import { applyDecorators } from '@nestjs/common';
import { IsIn, IsInt, IsISO4217CurrencyCode, Max, Min, ValidateBy, ValidationOptions } from 'class-validator';
import { INCOTERMS } from '../services/incoterms';
import { MAX_MINOR } from '../services/money';

/** Largest value of a PostgreSQL `int` column. */
export const MAX_INT = 2_147_483_647;

/** Money in minor units: whole, not negative, and exact as a JSON number (larger values would be rounded). */
export const IsMinorUnits = () =>
  applyDecorators(
    IsInt({ message: '$property must be a whole number of minor units (e.g. cents)' }),
    Min(0),
    Max(MAX_MINOR, { message: `$property must not exceed ${MAX_MINOR} minor units (price overflow)` }),
  );

/** A count of units: whole and at least `min`. */
export const IsQuantity = (min = 1) =>
  applyDecorators(IsInt({ message: '$property must be a whole number' }), Min(min), Max(MAX_INT));

export const IsCurrency = () => IsISO4217CurrencyCode({ message: '$property must be an ISO 4217 currency code such as CNY or USD' });

/** Named, so the OpenAPI document and generated clients share one Incoterm enum. */
export const INCOTERM_SCHEMA = { enum: INCOTERMS, enumName: 'Incoterm' };

export const IsIncoterm = () => IsIn(INCOTERMS, { message: `$property must be one of the Incoterms 2020 rules: ${INCOTERMS.join(', ')}` });

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** A day without a time, `YYYY-MM-DD`, that exists in the calendar. */
export const IsCalendarDate = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => '$property must be a date as YYYY-MM-DD' } }, options);

/** Trims free text so that a reason of only spaces counts as missing. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
