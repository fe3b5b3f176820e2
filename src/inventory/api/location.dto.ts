import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { Location, LocationType } from '../entities/location.entity';
import { LOCATION_CODE_MAX_LENGTH, LOCATION_CODE_PATTERN } from '../services/location-code';
import { Omittable, toBoolean, toUpperCase } from '../../common/validation/validators';

/** Largest value of a PostgreSQL `int` column. */
const MAX_INT = 2_147_483_647;

// Named, so the OpenAPI document and generated clients share one LocationType instead of an inline enum per field.
const TYPE_SCHEMA = { enum: LocationType, enumName: 'LocationType' };

export class CreateLocationDto {
  /**
   * Unique in the warehouse; letter/digit segments joined by dashes, stored upper-case.
   * `zone-aisle-rack-level` codes are split into those parts for filtering.
   * @example A-01-02-03
   */
  @Transform(toUpperCase)
  @MaxLength(LOCATION_CODE_MAX_LENGTH)
  @Matches(LOCATION_CODE_PATTERN, { message: 'code must be letter/digit segments joined by single dashes, e.g. A-01-02-03' })
  code: string;

  @ApiProperty(TYPE_SCHEMA)
  @IsEnum(LocationType)
  type: LocationType;

  /** Units the bin holds, when it has a limit. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  capacity?: number | null;

  /** Walk order for picking; by default the bin goes after the warehouse's last one. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  pickSequence?: number;
}

export class BulkCreateLocationsDto {
  /**
   * `-`-separated segments, each a literal or an ascending range of numbers (`01..10`, padding kept)
   * or single letters (`A..C`). At most 10 000 bins per call.
   * @example A-01..05-01..10-01..04
   */
  @Transform(toUpperCase)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  pattern: string;

  @ApiProperty(TYPE_SCHEMA)
  @IsEnum(LocationType)
  type: LocationType;

  /** Units each bin holds, when they have a limit. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  capacity?: number | null;

  /** Create only the codes that do not exist yet, instead of refusing the whole range. */
  @IsOptional()
  @IsBoolean()
  skipExisting?: boolean;
}

export class BulkCreateLocationsResultDto {
  created: number;
  /** Codes of the range that already existed (only with `skipExisting`). */
  skipped: number;
}

/** `null` clears the capacity. */
export class UpdateLocationDto {
  @ApiPropertyOptional(TYPE_SCHEMA)
  @Omittable()
  @IsEnum(LocationType)
  type?: LocationType;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  capacity?: number | null;

  @Omittable()
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  pickSequence?: number;

  @Omittable()
  @IsBoolean()
  active?: boolean;
}

export class LocationQueryDto extends PageQueryDto {
  @ApiPropertyOptional(TYPE_SCHEMA)
  @IsOptional()
  @IsEnum(LocationType)
  type?: LocationType;

  @IsOptional()
  @Transform(toUpperCase)
  @IsString()
  @MaxLength(LOCATION_CODE_MAX_LENGTH)
  zone?: string;

  @IsOptional()
  @Transform(toUpperCase)
  @IsString()
  @MaxLength(LOCATION_CODE_MAX_LENGTH)
  aisle?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;

  /** Code prefix, e.g. `A-01-`. */
  @IsOptional()
  @Transform(toUpperCase)
  @Matches(/^[A-Z0-9-]{1,40}$/, { message: 'q must be the start of a location code: letters, digits and dashes' })
  q?: string;

  /** `code`, `pickSequence`; prefix `-` for descending. */
  @IsOptional()
  @IsString()
  sort?: string;
}

export class LocationDto {
  id: string;
  warehouseId: string;
  code: string;
  zone: string | null;
  aisle: string | null;
  rack: string | null;
  level: string | null;
  @ApiProperty(TYPE_SCHEMA)
  type: LocationType;
  capacity: number | null;
  /** Value to print on the bin label. */
  barcode: string;
  pickSequence: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function toLocationDto(l: Location): LocationDto {
  return {
    id: l.id, warehouseId: l.warehouseId, code: l.code, zone: l.zone, aisle: l.aisle, rack: l.rack, level: l.level, type: l.type,
    capacity: l.capacity, barcode: l.barcode, pickSequence: l.pickSequence, active: l.active, createdAt: l.createdAt, updatedAt: l.updatedAt,
  };
}

export class LocationPageDto extends PageOf(LocationDto) {}
