import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { DOCUMENT_KINDS, DocumentKind } from '../entities/shipping-document.entity';
import { DocumentSummary } from '../documents/shipping-document.service';

const LABEL_DOCUMENT_KINDS = DOCUMENT_KINDS.filter((k) => k !== 'manifest_pdf');

export class DocumentKindParamDto {
  @IsUUID()
  id: string;

  @ApiProperty({ enum: LABEL_DOCUMENT_KINDS, enumName: 'ShippingDocumentKind' })
  @IsIn(LABEL_DOCUMENT_KINDS)
  kind: Exclude<DocumentKind, 'manifest_pdf'>;
}

export class ShippingDocumentDto {
  id: string;
  @ApiProperty({ enum: DOCUMENT_KINDS })
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** SHA-256 of the stored bytes, hex. */
  sha256: string;
  createdAt: Date;
  /** Where to download it. */
  href: string;
}

export class ParcelDocumentsDto {
  labelId: string;
  trackingNumber: string;
  /** Every kind this label has; those not in `documents` yet are rendered on first download. */
  @ApiProperty({ enum: DOCUMENT_KINDS, isArray: true })
  kinds: DocumentKind[];
  @ApiProperty({ type: [ShippingDocumentDto] })
  documents: ShippingDocumentDto[];
}

export function toShippingDocumentDto(d: DocumentSummary, parcelId: string): ShippingDocumentDto {
  return {
    id: d.id, kind: d.kind, fileName: d.fileName, contentType: d.contentType, sizeBytes: d.sizeBytes, sha256: d.sha256, createdAt: d.createdAt,
    href: `/api/v1/parcels/${parcelId}/documents/${d.kind}`,
  };
}
