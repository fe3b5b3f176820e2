import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { PARCEL_STATUSES, ParcelStatus } from '../packing/parcel.lifecycle';
import { BoxType } from './box-type.entity';
import { sqlList } from './columns';

/**
 * One box of an outbound order, numbered 1, 2, 3 … per order ("parcel n of m"). Box figures are
 * copied when it is opened, so later edits of the box type do not change a packed parcel. A closed
 * parcel is ready for its label and customs documents.
 */
@Entity()
@Unique('uq_parcel_order_sequence', ['orderId', 'sequence'])
// A packer fills one box at a time; a second open box for the same order is refused.
@Index('uq_parcel_one_open_per_order', ['orderId'], { unique: true, where: `"status" = 'open'` })
@Index('ix_parcel_warehouse_status', ['warehouseId', 'status', 'closedAt'])
@Check('ck_parcel_status', `"status" IN (${sqlList(PARCEL_STATUSES)})`)
@Check('ck_parcel_sequence', `"sequence" >= 1`)
@Check('ck_parcel_dimensions', `"length_mm" > 0 AND "width_mm" > 0 AND "height_mm" > 0`)
@Check('ck_parcel_weights', `"tare_weight_g" >= 0 AND "computed_weight_g" >= "tare_weight_g" AND "max_gross_weight_g" > "tare_weight_g"`)
@Check('ck_parcel_closed_weighed', `"status" = 'open' OR ("gross_weight_g" > 0 AND "closed_at" IS NOT NULL AND "shipping_location_id" IS NOT NULL)`)
export class Parcel {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @Column({ type: 'uuid' })
  warehouseId: string;

  /** 1 for the first box of the order. */
  @Column({ type: 'int' })
  sequence: number;

  @Column({ type: 'varchar', length: 10, default: ParcelStatus.Open })
  status: ParcelStatus;

  @Column({ type: 'uuid' })
  boxTypeId: string;

  // Box types are retired, never deleted.
  @ManyToOne(() => BoxType, { onDelete: 'RESTRICT' })
  boxType?: BoxType;

  @Column({ type: 'varchar', length: 30 })
  boxTypeCode: string;

  /** The box's inner dimensions. */
  @Column({ type: 'int' })
  lengthMm: number;

  @Column({ type: 'int' })
  widthMm: number;

  @Column({ type: 'int' })
  heightMm: number;

  @Column({ type: 'int' })
  tareWeightG: number;

  @Column({ type: 'int' })
  maxGrossWeightG: number;

  /** Items' catalogue net weight plus the tare; kept up to date as items are packed. */
  @Column({ type: 'int' })
  computedWeightG: number;

  /** From the scale when the parcel was closed. */
  @Column({ type: 'int', nullable: true })
  grossWeightG: number | null;

  /** A lead accepted a gross weight outside the tolerance. */
  @Column({ type: 'boolean', default: false })
  weightOverridden: boolean;

  /** Where the packed goods wait for the carrier: the warehouse's shipping location when closed. */
  @Column({ type: 'uuid', nullable: true })
  shippingLocationId: string | null;

  @Column({ type: 'varchar', length: 254 })
  openedBy: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  closedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  /** When the carrier took it (pickup confirmation, or the first delivery scan if none came). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  shippedAt: Date | null;

  /** When the carrier says it was delivered. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
