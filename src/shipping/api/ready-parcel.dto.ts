import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { ReadyParcel } from '../parcels/carrier-parcels.service';
import { IsCalendarDate } from './shipping.validators';

export class ReadyParcelQueryDto extends PageQueryDto {
  @IsOptional() @IsUUID()
  warehouseId?: string;

  /** The carrier's service code, e.g. `INTL-PARCEL`. */
  @IsOptional() @IsString() @Length(1, 30)
  serviceCode?: string;

  /** Labels shipping on this day. @example 2026-03-02 */
  @IsOptional() @IsCalendarDate()
  shipDate?: string;
}

export class ParcelDimensionsDto {
  lengthMm: number;
  widthMm: number;
  heightMm: number;
}

export class ParcelDestinationDto {
  city: string | null;
  postcode: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export class CustomsSummaryDto {
  /** `CN22`, `CN23` or `commercial_invoice`. */
  form: string;
  /** `DDP` or `DAP`. */
  incoterm: string;
  /** Contents category, e.g. `sale_of_goods`. */
  category: string;
  currency: string;
  totalValueMinor: number;
  /** Units declared. */
  itemCount: number;
  /** Tariff codes declared, one per line. */
  hsCodes: string[];
  iossApplies: boolean;
}

export class ReadyParcelLinksDto {
  labelPdf: string;
  labelZpl: string;
  documents: string;
  tracking: string;
}

export class ReadyParcelDto {
  parcelId: string;
  /** The shop's order number, as printed on the label. */
  orderReference: string | null;
  trackingNumber: string;
  carrierCode: string;
  serviceCode: string;
  warehouseId: string;
  shipDate: string;
  /** `labelled`: waiting to be manifested; `manifested`: on a manifest not yet picked up. */
  @ApiProperty({ enum: ['labelled', 'manifested'] })
  status: 'labelled' | 'manifested';
  manifestId: string | null;
  grossWeightG: number;
  dimensions: ParcelDimensionsDto | null;
  destination: ParcelDestinationDto;
  /** Null when the parcel crosses no customs border. */
  customs: CustomsSummaryDto | null;
  links: ReadyParcelLinksDto;
}

export class ReadyParcelPageDto extends PageOf(ReadyParcelDto) {}

export function toReadyParcelDto({ label, parcel, declaration, manifestId }: ReadyParcel): ReadyParcelDto {
  const base = `/api/v1/parcels/${label.parcelId}`;
  return {
    parcelId: label.parcelId, orderReference: parcel?.orderReference ?? null, trackingNumber: label.trackingNumber,
    carrierCode: label.carrier!.code, serviceCode: label.carrierService!.code, warehouseId: label.warehouseId, shipDate: label.shipDate,
    status: label.status === 'manifested' ? 'manifested' : 'labelled', manifestId, grossWeightG: label.grossWeightG,
    dimensions: parcel ? parcel.dimensions : null,
    destination: { city: parcel?.shipTo.city ?? null, postcode: parcel?.shipTo.postcode ?? null, country: label.destinationCountry },
    customs: declaration ? {
      form: declaration.form, incoterm: declaration.incoterm, category: declaration.category, currency: declaration.currency,
      totalValueMinor: declaration.totalValueMinor, itemCount: declaration.items.reduce((sum, i) => sum + i.quantity, 0),
      hsCodes: [...new Set(declaration.items.map((i) => i.hsCode))], iossApplies: declaration.iossApplies,
    } : null,
    links: { labelPdf: `${base}/label?format=pdf`, labelZpl: `${base}/label?format=zpl`, documents: `${base}/documents`, tracking: `${base}/tracking` },
  };
}
