import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsEnum, IsInt, IsISO4217CurrencyCode, IsISO8601, IsOptional, IsString, Length, Matches, Max,
  MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { toUpperCase } from '../../common/validation/validators';
import { ServiceLevel } from '../entities/outbound-order.entity';

/** Lines per order; a shop basket stays far below it. */
export const MAX_ORDER_LINES = 100;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ShipToDto {
  /** @example Jane Doe */
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  /**
   * Street, house number, apartment: one to three lines.
   * @example ["221B Baker Street"]
   */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(3)
  @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(200, { each: true })
  addressLines: string[];

  /** @example London */
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(100)
  city: string;

  /** State, province or county where the postal system uses one. */
  @IsOptional() @Transform(trim) @IsString() @MaxLength(100)
  region?: string | null;

  /**
   * Checked for US, GB, DE, FR, IT, ES and NL; required there.
   * @example NW1 6XE
   */
  @IsOptional() @IsString() @MaxLength(20)
  postcode?: string | null;

  /**
   * ISO 3166-1 alpha-2; `UK` is accepted for `GB`.
   * @example GB
   */
  @Transform(toUpperCase) @IsString() @Length(2, 2)
  country: string;

  @IsOptional() @IsString() @MaxLength(40)
  phone?: string | null;

  @IsOptional() @IsEmail() @MaxLength(254)
  email?: string | null;
}

export class OrderLineInputDto {
  /** @example OUTFIT-RED-M */
  @Transform(toUpperCase) @IsString() @MinLength(1) @MaxLength(40)
  sku: string;

  /** @example 1 */
  @IsInt() @Min(1) @Max(10_000)
  quantity: number;

  /**
   * Price paid for one unit, in minor units (cents).
   * @example 4999
   */
  @IsInt() @Min(0) @Max(100_000_000)
  unitPriceMinor: number;

  /**
   * ISO 4217; every line of an order must use the same one.
   * @example GBP
   */
  @Transform(toUpperCase) @IsISO4217CurrencyCode({ message: '$property must be an ISO 4217 currency code such as EUR' })
  currency: string;
}

export class CustomsInputDto {
  /**
   * Import One-Stop Shop number, for EU consignments up to €150: `IM` + 10 digits.
   * @example IM3720000014
   */
  @IsOptional() @Transform(toUpperCase) @IsString() @MaxLength(20)
  iossNumber?: string | null;
}

export class CreateOutboundOrderDto {
  /**
   * The shop's order number; sending it again returns the same order.
   * @example SHOP-100234
   */
  @Transform(trim) @Matches(/^[!-~]{1,64}$/, { message: '$property must be 1–64 visible ASCII characters' })
  externalId: string;

  /** @example live-video */
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(40)
  channel: string;

  /** When the customer placed it (ISO 8601 with offset). */
  @IsISO8601({ strict: true })
  placedAt: string;

  @ValidateNested() @Type(() => ShipToDto)
  shipTo: ShipToDto;

  @ApiProperty({ enum: ServiceLevel, enumName: 'ServiceLevel' })
  @IsEnum(ServiceLevel)
  serviceLevel: ServiceLevel;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_ORDER_LINES)
  @ValidateNested({ each: true }) @Type(() => OrderLineInputDto)
  lines: OrderLineInputDto[];

  @ApiPropertyOptional({ type: CustomsInputDto })
  @IsOptional() @ValidateNested() @Type(() => CustomsInputDto)
  customs?: CustomsInputDto;
}
