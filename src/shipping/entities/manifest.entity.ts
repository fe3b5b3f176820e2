import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Carrier } from './carrier.entity';

/** An end-of-day hand-over: the ready parcels of one carrier at one warehouse, closed together. */
@Entity()
@Index('ix_manifest_carrier_warehouse_date', ['carrierId', 'warehouseId', 'manifestDate'])
export class Manifest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. `MF-POSTAL-US-NJ1-20260302-1`. */
  @Index('uq_manifest_number', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  number: string;

  @Column({ type: 'uuid' })
  carrierId: string;

  @ManyToOne(() => Carrier, { onDelete: 'RESTRICT' })
  carrier?: Carrier;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'date' })
  manifestDate: string;

  @Column({ type: 'int' })
  parcelCount: number;

  @Column({ type: 'int' })
  totalWeightG: number;

  @Column({ type: 'varchar', length: 254 })
  createdBy: string;

  /** When the carrier confirmed taking the parcels; confirming again changes nothing. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  pickedUpAt: Date | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  pickedUpBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
