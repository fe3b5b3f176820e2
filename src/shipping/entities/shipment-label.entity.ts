import { TrackingStatus } from '../tracking/tracking-status';
import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { CustomsForm } from '../customs/customs-forms';
import { ParcelIncoterm } from '../customs/incoterm-policy';
import { ParcelLabelModel } from '../labels/parcel-label.model';
import { LABEL_STATUSES, LabelStatus } from '../labels/shipment-label.lifecycle';
import { CarrierService } from './carrier-service.entity';
import { Carrier } from './carrier.entity';

export const ONE_CURRENT_LABEL_PER_PARCEL = 'uq_shipment_label_current';
export const TRACKING_NUMBER_UNIQUE = 'uq_shipment_label_tracking';

/**
 * A carrier label for a parcel. A parcel has at most one label that is not voided; voided labels
 * stay as its history. `content` is what the label prints, fixed when it is created.
 */
@Entity()
@Index(ONE_CURRENT_LABEL_PER_PARCEL, ['parcelId'], { unique: true, where: `"status" <> 'voided'` })
// Carriers reuse numbers after a while, so the ship date is part of the key (reference §7).
@Unique(TRACKING_NUMBER_UNIQUE, ['carrierId', 'trackingNumber', 'shipDate'])
@Index('ix_shipment_label_ready', ['carrierId', 'warehouseId', 'status', 'shipDate'])
@Check('ck_shipment_label_status', `"status" IN (${LABEL_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('ck_shipment_label_voided', `("status" = 'voided') = ("voided_at" IS NOT NULL)`)
export class ShipmentLabel {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  parcelId: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'uuid' })
  carrierId: string;

  @ManyToOne(() => Carrier, { onDelete: 'RESTRICT' })
  carrier?: Carrier;

  @Column({ type: 'uuid' })
  carrierServiceId: string;

  @ManyToOne(() => CarrierService, { onDelete: 'RESTRICT' })
  carrierService?: CarrierService;

  @Column({ type: 'varchar', length: 40 })
  trackingNumber: string;

  @Column({ type: 'varchar', length: 20 })
  status: LabelStatus;

  /** The day the parcel is handed over; selects the customs rules and the manifest. */
  @Column({ type: 'date' })
  shipDate: string;

  @Column({ type: 'char', length: 2 })
  destinationCountry: string;

  @Column({ type: 'int' })
  grossWeightG: number;

  /** Null when the parcel crosses no customs border. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  incoterm: ParcelIncoterm | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  customsForm: CustomsForm | null;

  @Column({ type: 'jsonb' })
  content: ParcelLabelModel;

  @Column({ type: 'varchar', length: 254 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'varchar', length: 254, nullable: true })
  voidedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  voidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  voidReason: string | null;

  /** The latest normalized tracking status, moved only by newer events (see tracking-status.ts). */
  @Column({ type: 'varchar', length: 24, nullable: true })
  trackingStatus: TrackingStatus | null;

  /** When the event that set `trackingStatus` happened. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  trackingStatusAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
