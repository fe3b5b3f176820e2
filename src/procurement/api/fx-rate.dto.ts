import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, ValidateBy } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { toUpperCase } from '../../common/validation/validators';
import { FxRate } from '../entities/fx-rate.entity';
import { isValidRate } from '../services/money';
import { IsCalendarDate, IsCurrency } from './procurement.validators';

export class FxRateKeyDto {
  /**
   * ISO 4217 currency that the rate prices in the base currency.
   * @example CNY
   */
  @Transform(toUpperCase)
  @IsCurrency()
  currency: string;

  /**
   * First day the rate applies; it holds until a later date has its own.
   * @example 2026-01-05
   */
  @IsCalendarDate()
  date: string;
}

export class PutFxRateDto {
  /** Units of the base currency for one unit of `currency`, as a decimal string (a JSON number is accepted) with up to 10 integer and 8 decimal digits. */
  @ApiProperty({ type: String, example: '0.13850000' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'number' ? String(value) : value))
  @IsString()
  @ValidateBy({
    name: 'isRate',
    validator: { validate: (v: unknown) => typeof v === 'string' && isValidRate(v), defaultMessage: () => 'rate must be a positive decimal with at most 10 integer and 8 decimal digits, e.g. "0.1385"' },
  })
  rate: string;
}

export class FxRateQueryDto extends PageQueryDto {
  @IsOptional()
  @Transform(toUpperCase)
  @IsCurrency()
  currency?: string;

  /** Rates on or after this day. */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** Rates on or before this day. */
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class FxRateDto {
  currency: string;
  /** BASE_CURRENCY, the currency the rate is in. */
  baseCurrency: string;
  date: string;
  rate: string;
  updatedBy: string;
  updatedAt: Date;
}

export function toFxRateDto(r: FxRate, baseCurrency: string): FxRateDto {
  return { currency: r.currency, baseCurrency, date: r.date, rate: r.rate, updatedBy: r.updatedBy, updatedAt: r.updatedAt };
}

export class FxRatePageDto extends PageOf(FxRateDto) {}
