import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested,
} from 'class-validator';
import { JsonObject } from '../../common/database/json';
import { toUpperCase } from '../../common/validation/validators';
import { MAIL_CLASSES, MailClass } from '../customs/customs-forms';
import { CarrierService, LABEL_FORMATS, LabelFormat } from '../entities/carrier-service.entity';
import { Carrier } from '../entities/carrier.entity';

const SETTINGS = { type: 'object', additionalProperties: true } as const;

export class CarrierServiceInputDto {
  /** @example INTL-PARCEL */
  @Transform(toUpperCase)
  @Matches(/^[A-Z0-9][A-Z0-9_-]{0,29}$/, { message: 'code must be 1–30 letters, digits, _ or -' })
  code: string;

  /** @example Priority Mail International */
  @IsString() @MinLength(1) @MaxLength(100)
  name: string;

  /** `letter_post` (CN 22 up to 300 SDR and 2 kg, else CN 23), `parcel_post` (CN 23), `courier` (commercial invoice). */
  @ApiProperty({ enum: MAIL_CLASSES, enumName: 'MailClass' })
  @IsIn(MAIL_CLASSES)
  mailClass: MailClass;

  @ApiProperty({ enum: LABEL_FORMATS, isArray: true, example: ['pdf', 'zpl'] })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(LABEL_FORMATS, { each: true })
  labelFormats: LabelFormat[];

  /** What the carrier's adapter needs per service, e.g. `{ "s10ServiceIndicator": "CP" }` for postal. */
  @ApiPropertyOptional(SETTINGS)
  @IsOptional() @IsObject()
  settings?: JsonObject;
}

export class CreateCarrierDto {
  /** @example USPS */
  @Transform(toUpperCase)
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,29}$/, { message: 'code must be 2–30 letters, digits, _ or -' })
  code: string;

  /** @example United States Postal Service */
  @IsString() @MinLength(1) @MaxLength(100)
  name: string;

  /** The adapter folder that talks to the carrier: `postal` or `sandbox`. */
  @IsString() @MinLength(1) @MaxLength(30)
  adapter: string;

  /** @example https://tools.usps.com/go/TrackConfirmAction?tLabels={trackingNumber} */
  @IsString() @MaxLength(500)
  @Matches(/^https:\/\/\S*\{trackingNumber\}\S*$/, { message: 'trackingUrlTemplate must be an https URL containing {trackingNumber}' })
  trackingUrlTemplate: string;

  /** Partner of kind `carrier` whose API keys see this carrier's parcels. */
  @IsOptional() @IsUUID()
  partnerId?: string | null;

  /** What the adapter needs, e.g. `{ "s10Country": "US" }` for postal. */
  @ApiPropertyOptional(SETTINGS)
  @IsOptional() @IsObject()
  settings?: JsonObject;

  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CarrierServiceInputDto)
  services: CarrierServiceInputDto[];
}

export class UpdateCarrierDto {
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100)
  name?: string;

  @IsOptional() @IsString() @MaxLength(500)
  @Matches(/^https:\/\/\S*\{trackingNumber\}\S*$/, { message: 'trackingUrlTemplate must be an https URL containing {trackingNumber}' })
  trackingUrlTemplate?: string;

  @IsOptional() @IsUUID()
  partnerId?: string | null;

  @ApiPropertyOptional(SETTINGS)
  @IsOptional() @IsObject()
  settings?: JsonObject;

  @IsOptional() @IsBoolean()
  active?: boolean;
}

export class UpdateCarrierServiceDto {
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: LABEL_FORMATS, isArray: true })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(LABEL_FORMATS, { each: true })
  labelFormats?: LabelFormat[];

  @ApiPropertyOptional(SETTINGS)
  @IsOptional() @IsObject()
  settings?: JsonObject;

  @IsOptional() @IsBoolean()
  active?: boolean;
}

export class CarrierServiceDto {
  id: string;
  code: string;
  name: string;
  @ApiProperty({ enum: MAIL_CLASSES, enumName: 'MailClass' })
  mailClass: MailClass;
  @ApiProperty({ enum: LABEL_FORMATS, isArray: true })
  labelFormats: LabelFormat[];
  @ApiProperty(SETTINGS)
  settings: JsonObject;
  active: boolean;
}

export class CarrierDto {
  id: string;
  code: string;
  name: string;
  adapter: string;
  trackingUrlTemplate: string;
  partnerId: string | null;
  @ApiProperty(SETTINGS)
  settings: JsonObject;
  active: boolean;
  /** Present on single-carrier answers. */
  services?: CarrierServiceDto[];
  createdAt: Date;
  updatedAt: Date;
}

export function toCarrierServiceDto(s: CarrierService): CarrierServiceDto {
  return { id: s.id, code: s.code, name: s.name, mailClass: s.mailClass, labelFormats: s.labelFormats, settings: s.settings, active: s.active };
}

export function toCarrierDto(c: Carrier, services?: CarrierService[]): CarrierDto {
  return {
    id: c.id, code: c.code, name: c.name, adapter: c.adapter, trackingUrlTemplate: c.trackingUrlTemplate, partnerId: c.partnerId, settings: c.settings,
    active: c.active, ...(services ? { services: services.map(toCarrierServiceDto) } : {}), createdAt: c.createdAt, updatedAt: c.updatedAt,
  };
}
