import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { Omittable } from '../../common/validation/validators';
import { ShipmentMode } from '../entities/inbound-shipment.entity';
import { IsAirWaybill, IsContainerNumber, IsUnLocode, IsZonedDateTime } from '../common/inbound.validators';
import { REPORTABLE_MILESTONES, ReportableMilestone } from './shipment.lifecycle';

export const MAX_SHIPMENT_LINES = 500;
const BILL_OF_LADING = /^[A-Z0-9][A-Z0-9-]{3,39}$/;
const toUpper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const toUpperEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.replace(/\s+/g, '').toUpperCase() : v)) : value);

export class ShipmentLineInputDto {
  /** A line of an approved (or later) purchase order for the shipment's warehouse. */
  @IsUUID()
  purchaseOrderLineId: string;

  /**
   * Units on this shipment: at most the line's open quantity, less what other shipments carry, plus INBOUND_OVER_SHIPMENT_PERCENT.
   * @example 100
   */
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  quantity: number;
}

/** Transport facts that may be corrected while the goods are on their way. */
class ShipmentTransportDto {
  /** Shipping line, airline, railway or courier. @example COSCO */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  carrier?: string | null;

  /** @example COSCO SHIPPING UNIVERSE */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  vessel?: string | null;

  /** @example 052E */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  voyage?: string | null;

  /** @example CA987 */
  @IsOptional()
  @Matches(/^[A-Z0-9]{2}\d{1,4}[A-Z]?$/, { message: 'flightNumber must be an IATA flight number such as CA987' })
  flightNumber?: string | null;

  /** ISO 6346 container numbers (check digit verified); spaces are ignored. */
  @ApiPropertyOptional({ type: [String], example: ['CSQU3054383'] })
  @Omittable()
  @Transform(toUpperEach)
  @IsArray()
  @ArrayMaxSize(100)
  @IsContainerNumber({ each: true })
  containerNumbers?: string[];

  /** Master bill of lading, issued by the carrier. @example COSU6291837450 */
  @IsOptional()
  @Transform(toUpper)
  @Matches(BILL_OF_LADING, { message: 'masterBillOfLading must be 4–40 letters, digits or dashes' })
  masterBillOfLading?: string | null;

  /** House bill of lading, issued by the forwarder. @example SZXLAX2604117 */
  @IsOptional()
  @Transform(toUpper)
  @Matches(BILL_OF_LADING, { message: 'houseBillOfLading must be 4–40 letters, digits or dashes' })
  houseBillOfLading?: string | null;

  /** Air waybill, check digit verified. @example 176-12345675 */
  @IsOptional()
  @IsAirWaybill()
  airWaybill?: string | null;

  /** Estimated departure, with its time zone. @example 2026-04-20T18:00:00+08:00 */
  @IsOptional()
  @IsZonedDateTime()
  etd?: string | null;
}

export class CreateShipmentDto extends ShipmentTransportDto {
  @ApiProperty({ enum: ShipmentMode, enumName: 'ShipmentMode' })
  @IsEnum(ShipmentMode)
  mode: ShipmentMode;

  /** The forwarder (a partner of kind `forwarder`) whose API keys report milestones. */
  @IsUUID()
  forwarderId: string;

  /** @example CNSZX */
  @IsUnLocode()
  originPort: string;

  /** @example USLAX */
  @IsUnLocode()
  destinationPort: string;

  /** Estimated arrival at the warehouse, with its time zone. @example 2026-05-18T09:00:00-04:00 */
  @IsZonedDateTime()
  eta: string;

  @IsUUID()
  warehouseId: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SHIPMENT_LINES)
  @ValidateNested({ each: true })
  @Type(() => ShipmentLineInputDto)
  lines: ShipmentLineInputDto[];
}

export class UpdateShipmentDto extends ShipmentTransportDto {}

export class MilestoneDto {
  @ApiProperty({ enum: REPORTABLE_MILESTONES, enumName: 'ReportableMilestone' })
  @IsIn(REPORTABLE_MILESTONES, { message: `milestone must be one of ${REPORTABLE_MILESTONES.join(', ')}` })
  milestone: ReportableMilestone;

  /** When it happened, with its time zone; default now. @example 2026-04-21T06:30:00+08:00 */
  @IsOptional()
  @IsZonedDateTime()
  occurredAt?: string;

  /** Where: a UN/LOCODE or a place name. @example CNSZX */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  location?: string;
}

export class EtaChangeDto {
  /** The new estimated arrival, with its time zone. @example 2026-05-21T09:00:00-04:00 */
  @IsZonedDateTime()
  eta: string;

  /** @example Vessel rolled over at Yantian */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
