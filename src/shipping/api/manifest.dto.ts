import { IsOptional, IsUUID } from 'class-validator';
import { ManifestView } from '../manifests/manifest.service';
import { IsCalendarDate } from './shipping.validators';

export class CloseManifestDto {
  @IsUUID()
  carrierId: string;

  @IsUUID()
  warehouseId: string;

  /** The hand-over day: every ready label shipping on or before it is closed. @example 2026-03-02 */
  @IsCalendarDate()
  date: string;
}

/** A carrier's key closes for its own carrier; `carrierId` is needed only when its partner runs several. */
export class PartnerCloseManifestDto {
  @IsOptional() @IsUUID()
  carrierId?: string;

  @IsUUID()
  warehouseId: string;

  /** The hand-over day: every ready label shipping on or before it is closed. @example 2026-03-02 */
  @IsCalendarDate()
  date: string;
}

export class ManifestListQueryDto {
  @IsOptional() @IsUUID()
  carrierId?: string;

  @IsOptional() @IsUUID()
  warehouseId?: string;

  /** The manifest day. @example 2026-03-02 */
  @IsOptional() @IsCalendarDate()
  date?: string;
}

export class ManifestLineDto {
  lineNo: number;
  labelId: string;
  parcelId: string;
  trackingNumber: string;
  serviceCode: string;
  destinationCountry: string;
  grossWeightG: number;
  incoterm: string | null;
}

export class ManifestDto {
  id: string;
  number: string;
  carrierId: string;
  carrierCode: string;
  warehouseId: string;
  manifestDate: string;
  parcelCount: number;
  totalWeightG: number;
  createdBy: string;
  createdAt: Date;
  /** When the carrier confirmed the pickup; null while the parcels wait. */
  pickedUpAt: Date | null;
  pickedUpBy: string | null;
  lines: ManifestLineDto[];
  /** The manifest PDF, one barcode per parcel. */
  pdfHref: string;
}

export function toManifestDto({ manifest, carrier, lines }: ManifestView): ManifestDto {
  return {
    id: manifest.id, number: manifest.number, carrierId: manifest.carrierId, carrierCode: carrier.code, warehouseId: manifest.warehouseId,
    manifestDate: manifest.manifestDate, parcelCount: manifest.parcelCount, totalWeightG: manifest.totalWeightG, createdBy: manifest.createdBy,
    createdAt: manifest.createdAt, pickedUpAt: manifest.pickedUpAt, pickedUpBy: manifest.pickedUpBy,
    lines: lines.map((l) => ({
      lineNo: l.lineNo, labelId: l.labelId, parcelId: l.parcelId, trackingNumber: l.trackingNumber, serviceCode: l.serviceCode,
      destinationCountry: l.destinationCountry, grossWeightG: l.grossWeightG, incoterm: l.incoterm,
    })),
    pdfHref: `/api/v1/manifests/${manifest.id}/pdf`,
  };
}
