import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsCountryCode } from '../../common/validation/validators';
import { TRACKING_STATUSES, TrackingStatus } from '../tracking/tracking-status';

/** Most events one request may carry; larger backlogs are sent as several batches. */
export const MAX_TRACKING_BATCH = 500;

/** ISO 8601 date-time with seconds optional, fractions optional, and a mandatory offset (`Z` or `±hh:mm`). */
export const ISO_DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export class TrackingLocationDto {
  @IsOptional() @IsString() @MaxLength(100)
  city?: string;

  @IsOptional() @IsString() @MaxLength(100)
  region?: string;

  @IsOptional() @IsString() @MaxLength(20)
  postcode?: string;

  /** ISO 3166-1 alpha-2. @example CN */
  @IsOptional() @IsCountryCode()
  country?: string;
}

/** One carrier scan. Field names follow the carriers' snake_case convention for tracking feeds. */
export class TrackingEventItemDto {
  /** @example LX000000011GB */
  @IsString() @Length(4, 40)
  tracking_number: string;

  /** When the scan happened, with the offset of the place it happened. @example 2026-03-03T14:05:00+01:00 */
  @IsString() @Matches(ISO_DATE_TIME_WITH_OFFSET, { message: 'occurred_at must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  occurred_at: string;

  @ApiProperty({ enum: TRACKING_STATUSES, enumName: 'TrackingStatus' })
  @IsIn(TRACKING_STATUSES)
  status: TrackingStatus;

  /** The carrier's own event code, kept as sent. @example DLV */
  @IsString() @Length(1, 40)
  carrier_code: string;

  @IsOptional() @IsString() @MaxLength(500)
  description?: string;

  @IsOptional() @IsObject() @ValidateNested() @Type(() => TrackingLocationDto)
  location?: TrackingLocationDto;
}

/**
 * A batch of scans. Items are checked one by one so that a bad item does not hold back the good
 * ones; the batch itself must be an array of 1 to 500 objects.
 */
export class TrackingEventBatchDto {
  @ApiProperty({ type: [TrackingEventItemDto], minItems: 1, maxItems: MAX_TRACKING_BATCH })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_TRACKING_BATCH) @IsObject({ each: true })
  events: Record<string, unknown>[];
}

export class FieldErrorDto {
  field: string;
  message: string;
}

export class TrackingEventResultDto {
  /** Position of the item in the batch, from 0. */
  index: number;

  /**
   * `accepted`: recorded (and `applied` says whether it moved the parcel's status); `duplicate`:
   * the same scan was recorded before; `rejected`: see `errors`, nothing was recorded.
   */
  @ApiProperty({ enum: ['accepted', 'duplicate', 'rejected'] })
  result: 'accepted' | 'duplicate' | 'rejected';

  trackingNumber?: string;
  applied?: boolean;
  /** The parcel's status after this item. */
  @ApiProperty({ enum: TRACKING_STATUSES, enumName: 'TrackingStatus', required: false, nullable: true })
  parcelStatus?: TrackingStatus | null;
  errors?: FieldErrorDto[];
}

export class TrackingBatchResultDto {
  accepted: number;
  duplicates: number;
  rejected: number;
  results: TrackingEventResultDto[];
}
