import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { buildMessage, IsISO8601, Matches, ValidateBy, ValidationOptions } from 'class-validator';
import { isValidAwb, isValidContainerNumber } from '../../common/codes';
import { UN_LOCODE } from '../entities/inbound-shipment.entity';

export const IsContainerNumber = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isContainerNumber',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidContainerNumber(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be an ISO 6346 container number with a valid check digit, e.g. CSQU3054383`,
          options,
        ),
      },
    },
    options,
  );

export const IsAirWaybill = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isAirWaybill',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidAwb(value),
        defaultMessage: buildMessage((each) => `${each}$property must be an air waybill number with a valid mod-7 check digit, e.g. 176-12345675`, options),
      },
    },
    options,
  );

/** UN/LOCODE port code, given in either case. */
export const IsUnLocode = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    Matches(UN_LOCODE, { message: '$property must be a UN/LOCODE such as CNSZX or USLAX' }),
  );

/** ISO 8601 date and time that names its offset (`Z` or `+08:00`): a bare local time is ambiguous across oceans. */
export const IsZonedDateTime = () =>
  applyDecorators(
    IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 date-time' }),
    Matches(/T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, { message: '$property must be a date-time with a time zone, e.g. 2026-05-02T14:00:00+08:00' }),
  );

/** `YYYY-MM-DD`. */
export const IsDateOnly = () => Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: '$property must be a date YYYY-MM-DD' });
