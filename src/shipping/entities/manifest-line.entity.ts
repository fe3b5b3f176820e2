import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Manifest } from './manifest.entity';
import { ShipmentLabel } from './shipment-label.entity';

/** One parcel on a manifest, with the figures the carrier checks at pick-up. */
@Entity()
@Unique('uq_manifest_line_no', ['manifestId', 'lineNo'])
export class ManifestLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  manifestId: string;

  @ManyToOne(() => Manifest, { onDelete: 'CASCADE' })
  manifest?: Manifest;

  @Column({ type: 'int' })
  lineNo: number;

  /** A label is handed over once. */
  @Index('uq_manifest_line_label', { unique: true })
  @Column({ type: 'uuid' })
  labelId: string;

  @ManyToOne(() => ShipmentLabel, { onDelete: 'RESTRICT' })
  label?: ShipmentLabel;

  @Column({ type: 'uuid' })
  parcelId: string;

  @Column({ type: 'varchar', length: 40 })
  trackingNumber: string;

  @Column({ type: 'varchar', length: 30 })
  serviceCode: string;

  @Column({ type: 'char', length: 2 })
  destinationCountry: string;

  @Column({ type: 'int' })
  grossWeightG: number;

  @Column({ type: 'varchar', length: 3, nullable: true })
  incoterm: string | null;
}
