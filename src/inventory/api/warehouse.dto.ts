import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { Warehouse } from '../entities/warehouse.entity';
import { WAREHOUSE_CODE_PATTERN } from '../services/location-code';
import { IsCountryCode, IsTimeZone, Omittable, toBoolean, toUpperCase } from '../../common/validation/validators';

export class CreateWarehouseDto {
  /**
   * Unique, 2–20 letters, digits or dashes; stored upper-case. Printed in every bin barcode, so it cannot change later.
   * @example US-NJ1
   */
  @Transform(toUpperCase)
  @Matches(WAREHOUSE_CODE_PATTERN, { message: 'code must be 2–20 letters, digits or dashes, starting with a letter or digit' })
  code: string;

  /**
   * Shown to people; need not be unique.
   * @example Newark DC
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  addressLine1: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  addressLine2?: string;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city: string;

  /**
   * State, province or county.
   * @example NJ
   */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @IsString()
  @MinLength(1)
  @MaxLength(20)
  postcode: string;

  /**
   * ISO 3166-1 alpha-2.
   * @example US
   */
  @Transform(toUpperCase)
  @IsCountryCode()
  country: string;

  /**
   * IANA time zone.
   * @example America/New_York
   */
  @IsTimeZone()
  timezone: string;
}

/** Every field but the code, which barcodes depend on. `null` clears `addressLine2` and `region`. */
export class UpdateWarehouseDto {
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  addressLine1?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  addressLine2?: string | null;

  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;

  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  postcode?: string;

  @Omittable()
  @Transform(toUpperCase)
  @IsCountryCode()
  country?: string;

  @Omittable()
  @IsTimeZone()
  timezone?: string;

  /** `false` stops new locations from being added. */
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

export class WarehouseQueryDto extends PageQueryDto {
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;

  @IsOptional()
  @Transform(toUpperCase)
  @IsCountryCode()
  country?: string;

  /** Matches code or name. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  /** `code`, `name`, `createdAt`; prefix `-` for descending. */
  @IsOptional()
  @IsString()
  sort?: string;
}

export class WarehouseDto {
  id: string;
  code: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  region: string | null;
  postcode: string;
  country: string;
  timezone: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function toWarehouseDto(w: Warehouse): WarehouseDto {
  return {
    id: w.id, code: w.code, name: w.name, addressLine1: w.addressLine1, addressLine2: w.addressLine2, city: w.city, region: w.region,
    postcode: w.postcode, country: w.country, timezone: w.timezone, active: w.active, createdAt: w.createdAt, updatedAt: w.updatedAt,
  };
}

export class WarehousePageDto extends PageOf(WarehouseDto) {}
