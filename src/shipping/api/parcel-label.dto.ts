import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { toUpperCase } from '../../common/validation/validators';
import { CustomsForm } from '../customs/customs-forms';
import { CONTENTS_CATEGORIES, ContentsCategory, REASONS_FOR_EXPORT, ReasonForExport } from '../customs/declaration.types';
import { ParcelIncoterm } from '../customs/incoterm-policy';
import { LABEL_FORMATS, LabelFormat } from '../entities/carrier-service.entity';
import { ShipmentLabel } from '../entities/shipment-label.entity';
import { LABEL_STATUSES, LabelStatus } from '../labels/shipment-label.lifecycle';
import { PRINTER_DPIS, PrinterDpi } from '../labels/zpl';
import { IsCalendarDate, trim } from './shipping.validators';

export class CreateLabelDto {
  @IsUUID()
  carrierId: string;

  /** @example INTL-PARCEL */
  @Transform(toUpperCase)
  @IsString() @MinLength(1) @MaxLength(30)
  serviceCode: string;

  /** Hand-over day for pre-booking; default today at the warehouse. Selects the customs rules in force. */
  @IsOptional() @IsCalendarDate()
  shipDate?: string;

  /** CN 23 box 10; default `sale_of_goods`. */
  @ApiPropertyOptional({ enum: CONTENTS_CATEGORIES, enumName: 'ContentsCategory' })
  @IsOptional() @IsIn(CONTENTS_CATEGORIES)
  category?: ContentsCategory;

  /** Required with category `other`. */
  @ValidateIf((dto: CreateLabelDto) => dto.category === ContentsCategory.Other || dto.categoryExplanation !== undefined)
  @Transform(trim)
  @IsString() @MinLength(1) @MaxLength(200)
  categoryExplanation?: string;

  /** Commercial invoice; default follows the category. */
  @ApiPropertyOptional({ enum: REASONS_FOR_EXPORT, enumName: 'ReasonForExport' })
  @IsOptional() @IsIn(REASONS_FOR_EXPORT)
  reasonForExport?: ReasonForExport;
}

export class VoidLabelDto {
  /** @example Box damaged at the dock, repacked */
  @Transform(trim)
  @IsString() @MinLength(3) @MaxLength(500)
  reason: string;
}

export class LabelQueryDto {
  @ApiPropertyOptional({ enum: LABEL_FORMATS, default: 'pdf' })
  @IsOptional() @IsIn(LABEL_FORMATS)
  format?: LabelFormat;

  /** ZPL only: the printer's resolution. */
  @ApiPropertyOptional({ enum: PRINTER_DPIS, default: 203, type: Number })
  @IsOptional() @Type(() => Number) @IsIn(PRINTER_DPIS)
  dpi?: PrinterDpi;
}

export class ShipmentLabelDto {
  id: string;
  parcelId: string;
  orderId: string;
  warehouseId: string;
  carrierId: string;
  carrierCode: string;
  serviceCode: string;
  trackingNumber: string;
  /** The carrier's tracking page for this number. */
  trackingUrl: string;
  @ApiProperty({ enum: LABEL_STATUSES, enumName: 'LabelStatus' })
  status: LabelStatus;
  shipDate: string;
  destinationCountry: string;
  grossWeightG: number;
  routingCode: string;
  @ApiPropertyOptional({ enum: ['DDP', 'DAP'], nullable: true, type: String })
  incoterm: ParcelIncoterm | null;
  @ApiPropertyOptional({ enum: ['cn22', 'cn23', 'commercial_invoice'], nullable: true, type: String })
  customsForm: CustomsForm | null;
  createdBy: string;
  createdAt: Date;
  voidedBy: string | null;
  voidedAt: Date | null;
  voidReason: string | null;
}

/** `label` must have its carrier and service loaded. */
export function toLabelDto(label: ShipmentLabel): ShipmentLabelDto {
  const carrier = label.carrier!;
  return {
    id: label.id, parcelId: label.parcelId, orderId: label.orderId, warehouseId: label.warehouseId, carrierId: label.carrierId, carrierCode: carrier.code,
    serviceCode: label.carrierService!.code, trackingNumber: label.trackingNumber,
    trackingUrl: carrier.trackingUrlTemplate.replace('{trackingNumber}', encodeURIComponent(label.trackingNumber)), status: label.status,
    shipDate: label.shipDate, destinationCountry: label.destinationCountry, grossWeightG: label.grossWeightG, routingCode: label.content.routingCode,
    incoterm: label.incoterm, customsForm: label.customsForm, createdBy: label.createdBy, createdAt: label.createdAt, voidedBy: label.voidedBy,
    voidedAt: label.voidedAt, voidReason: label.voidReason,
  };
}
