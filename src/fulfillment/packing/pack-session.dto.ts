import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ParcelLine } from '../entities/parcel-line.entity';
import { Parcel } from '../entities/parcel.entity';
import { OutboundOrderStatus } from '../orders/outbound-order.lifecycle';
import { ExpectedItem } from './packing.errors';
import { ParcelStatus } from './parcel.lifecycle';

export class StartPackSessionDto {
  /**
   * What the packer scanned: the order id from the order slip, the shop's order number, or the tote.
   * @example SO-100234
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  order: string;
}

export class OpenParcelDto {
  /**
   * The box the packer took; leave out to use the suggested box.
   * @example BOX-M
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/, { message: 'boxTypeCode must be a box type code such as BOX-M' })
  boxTypeCode?: string;
}

export class PackItemDto {
  /**
   * The scanned item: GTIN, GS1 element string or SKU.
   * @example 05901234123457
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  item: string;

  /** Units; defaults to the count in the barcode (AI 30/37), else 1. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity?: number;
}

export class CloseParcelDto {
  /**
   * Gross weight from the scale, box included.
   * @example 540
   */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  grossWeightG: number;

  /** Accept a weight outside the tolerance; warehouse leads only. */
  @IsOptional()
  @IsBoolean()
  override?: boolean;
}

export class ParcelLineDto {
  requirementId: string;
  lineId: string;
  productId: string;
  sku: string;
  lotId: string | null;
  quantity: number;
  unitNetWeightG: number;
}

export class ParcelDto {
  id: string;
  orderId: string;
  /** n of "parcel n of m". */
  sequence: number;
  /** m of "parcel n of m": the order's parcels so far; final once the order is packed. */
  parcelCount: number;
  @ApiProperty({ enum: ParcelStatus, enumName: 'ParcelStatus' })
  status: ParcelStatus;
  boxTypeCode: string;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  tareWeightG: number;
  maxGrossWeightG: number;
  /** Items' net weight plus the tare. */
  computedWeightG: number;
  grossWeightG: number | null;
  weightOverridden: boolean;
  shippingLocationId: string | null;
  closedAt: Date | null;
  lines: ParcelLineDto[];
}

export class PackLineDto {
  requirementId: string;
  lineId: string;
  productId: string;
  sku: string;
  quantity: number;
  picked: number;
  packed: number;
  remaining: number;
}

export class ExpectedItemDto implements ExpectedItem {
  sku: string;
  remaining: number;
}

export class SuggestedBoxDto {
  code: string;
  name: string;
  innerLengthMm: number;
  innerWidthMm: number;
  innerHeightMm: number;
  tareWeightG: number;
  maxGrossWeightG: number;
}

/** A pack session is the packing view of one order: its id is the order id. */
export class PackSessionDto {
  id: string;
  orderId: string;
  orderExternalId: string;
  @ApiProperty({ enum: OutboundOrderStatus, enumName: 'OutboundOrderStatus' })
  orderStatus: OutboundOrderStatus;
  lines: PackLineDto[];
  /** Still to be packed, per SKU. */
  expected: ExpectedItemDto[];
  /** Smallest active box that holds everything still to be packed; null when none does (split into parcels) or nothing is left. */
  suggestedBox: SuggestedBoxDto | null;
  openParcelId: string | null;
  parcels: ParcelDto[];
}

export function toParcelDto(parcel: Parcel, lines: ParcelLine[], parcelCount: number): ParcelDto {
  return {
    id: parcel.id, orderId: parcel.orderId, sequence: parcel.sequence, parcelCount, status: parcel.status, boxTypeCode: parcel.boxTypeCode,
    lengthMm: parcel.lengthMm, widthMm: parcel.widthMm, heightMm: parcel.heightMm, tareWeightG: parcel.tareWeightG,
    maxGrossWeightG: parcel.maxGrossWeightG, computedWeightG: parcel.computedWeightG, grossWeightG: parcel.grossWeightG,
    weightOverridden: parcel.weightOverridden, shippingLocationId: parcel.shippingLocationId, closedAt: parcel.closedAt,
    lines: lines
      .filter((l) => l.parcelId === parcel.id)
      .map((l) => ({
        requirementId: l.requirementId, lineId: l.lineId, productId: l.productId, sku: l.sku, lotId: l.lotId, quantity: l.quantity, unitNetWeightG: l.unitNetWeightG,
      })),
  };
}
