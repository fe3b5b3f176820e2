import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Warehouse } from './warehouse.entity';

/** What a bin is used for; put-away, picking and counting pick bins by type. */
export enum LocationType {
  Receiving = 'receiving',
  Storage = 'storage',
  PickFace = 'pick_face',
  Packing = 'packing',
  Shipping = 'shipping',
  Quarantine = 'quarantine',
}

export const LOCATION_TYPES = Object.values(LocationType);

/** A bin (or dock, bench, cage) inside a warehouse, addressed by its code and scanned by its barcode. */
@Entity()
@Unique('uq_location_warehouse_code', ['warehouseId', 'code'])
@Index('ix_location_walk', ['warehouseId', 'pickSequence'])
@Check('ck_location_type', `"type" IN (${LOCATION_TYPES.map((t) => `'${t}'`).join(', ')})`)
@Check('ck_location_capacity', '"capacity" > 0')
@Check('ck_location_pick_sequence', '"pick_sequence" >= 0')
export class Location {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  warehouseId: string;

  // Warehouses are deactivated, never deleted, so a bin never loses its building.
  @ManyToOne(() => Warehouse, { onDelete: 'RESTRICT' })
  warehouse?: Warehouse;

  /** Upper-case, unique within the warehouse, e.g. `A-01-02-03` (zone-aisle-rack-level). */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  /** The four parts of a `zone-aisle-rack-level` code; null when the code has another shape. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  zone: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  aisle: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  rack: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  level: string | null;

  @Column({ type: 'varchar', length: 20 })
  type: LocationType;

  /** How many units fit, when the bin has a limit. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  /** What the label encodes and scanners send: `LOC:<warehouse code>:<code>`, unique across warehouses. */
  @Index('uq_location_barcode', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  barcode: string;

  /** Walk order for picking; ties are broken by id. */
  @Column({ type: 'int' })
  pickSequence: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
