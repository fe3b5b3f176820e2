import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Omittable, toUpperCase } from '../../common/validation/validators';
import { Incoterm, TransportMode } from '../services/incoterms';
import { INCOTERM_SCHEMA, IsCalendarDate, IsCurrency, IsIncoterm, IsMinorUnits, IsQuantity } from './procurement.validators';

/** Lines per order: a full container of small items stays well under this. */
export const MAX_LINES = 1000;

const TRANSPORT_MODE_SCHEMA = { enum: TransportMode, enumName: 'TransportMode' };

export class PurchaseOrderLineInputDto {
  /** A catalog product the supplier sells (it must be among the supplier's products). */
  @IsUUID()
  productId: string;

  /**
   * Units to order: a whole number from 1. Below the supplier's MOQ or not whole cartons gives a warning, not an error.
   * @example 600
   */
  @IsQuantity()
  quantity: number;

  /**
   * Price of one unit in minor units of the order's currency. Defaults to the supplier's price when that is in the same currency.
   * @example 1850
   */
  @Omittable()
  @IsMinorUnits()
  unitPriceMinor?: number;

  /**
   * Date the supplier promised the goods ready.
   * @example 2026-04-15
   */
  @IsOptional()
  @IsCalendarDate()
  promisedDate?: string | null;
}

/** Header fields shared by create and update; currency, incoterm and terms default from the supplier. */
class PurchaseOrderHeaderDto {
  /** ISO 4217; every price on the order is in this currency. */
  @Omittable()
  @Transform(toUpperCase)
  @IsCurrency()
  currency?: string;

  @ApiPropertyOptional(INCOTERM_SCHEMA)
  @Omittable()
  @Transform(toUpperCase)
  @IsIncoterm()
  incoterm?: Incoterm;

  /**
   * The incoterm's named place.
   * @example Shenzhen
   */
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  incotermPlace?: string;

  /** When known; FAS, FOB, CFR and CIF are refused for anything but sea. */
  @ApiPropertyOptional({ ...TRANSPORT_MODE_SCHEMA, nullable: true })
  @IsOptional()
  @IsEnum(TransportMode)
  transportMode?: TransportMode | null;

  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  paymentTerms?: string;

  /** When the goods should be ready at the supplier. */
  @IsOptional()
  @IsCalendarDate()
  requestedReadyDate?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

export class CreatePurchaseOrderDto extends PurchaseOrderHeaderDto {
  @IsUUID()
  supplierId: string;

  /** Destination warehouse (ship-to). */
  @IsUUID()
  warehouseId: string;

  @ApiPropertyOptional({ type: [PurchaseOrderLineInputDto] })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => PurchaseOrderLineInputDto)
  lines?: PurchaseOrderLineInputDto[];
}

/** Only while the order is a draft. `lines`, when sent, replace every line. */
export class UpdatePurchaseOrderDto extends PurchaseOrderHeaderDto {
  @Omittable()
  @IsUUID()
  warehouseId?: string;

  @ApiProperty({ type: [PurchaseOrderLineInputDto], required: false })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => PurchaseOrderLineInputDto)
  lines?: PurchaseOrderLineInputDto[];
}
