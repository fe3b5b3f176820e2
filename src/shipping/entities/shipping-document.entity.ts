import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Manifest } from './manifest.entity';
import { ShipmentLabel } from './shipment-label.entity';

export const DOCUMENT_KINDS = ['label_pdf', 'label_zpl', 'cn22', 'cn23', 'commercial_invoice', 'manifest_pdf'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const LABEL_DOCUMENT_UNIQUE = 'uq_shipping_document_label_kind';
export const MANIFEST_DOCUMENT_UNIQUE = 'uq_shipping_document_manifest_kind';

/**
 * A rendered document as it was handed out: the bytes and their SHA-256, so a copy printed or
 * sent to customs can be matched later. Label documents belong to one label (a relabel makes new
 * ones), the manifest PDF to its manifest. The ZPL is stored at 203 dpi; 300 dpi is rendered from
 * the label's stored content on request.
 */
@Entity()
@Index(LABEL_DOCUMENT_UNIQUE, ['labelId', 'kind'], { unique: true, where: '"label_id" IS NOT NULL' })
@Index(MANIFEST_DOCUMENT_UNIQUE, ['manifestId', 'kind'], { unique: true, where: '"manifest_id" IS NOT NULL' })
@Index('ix_shipping_document_parcel', ['parcelId'])
@Check('ck_shipping_document_kind', `"kind" IN (${DOCUMENT_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Check('ck_shipping_document_owner', `("label_id" IS NULL) <> ("manifest_id" IS NULL)`)
@Check('ck_shipping_document_sha256', `"sha256" ~ '^[0-9a-f]{64}$'`)
export class ShippingDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  labelId: string | null;

  @ManyToOne(() => ShipmentLabel, { onDelete: 'CASCADE' })
  label?: ShipmentLabel;

  @Column({ type: 'uuid', nullable: true })
  manifestId: string | null;

  @ManyToOne(() => Manifest, { onDelete: 'CASCADE' })
  manifest?: Manifest;

  @Column({ type: 'uuid', nullable: true })
  parcelId: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind: DocumentKind;

  @Column({ type: 'varchar', length: 100 })
  fileName: string;

  @Column({ type: 'varchar', length: 60 })
  contentType: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @Column({ type: 'int' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
