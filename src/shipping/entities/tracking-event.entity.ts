import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TRACKING_STATUSES, TrackingStatus } from '../tracking/tracking-status';
import { ShipmentLabel } from './shipment-label.entity';

export const TRACKING_EVENT_UNIQUE = 'uq_tracking_event_scan';

/**
 * One scan reported by the carrier, as received. The same scan (label, time, carrier code) sent
 * twice is one row; the parcel's current status lives on its label.
 */
@Entity()
@Unique(TRACKING_EVENT_UNIQUE, ['labelId', 'occurredAt', 'carrierCode'])
@Index('ix_tracking_event_parcel', ['parcelId', 'occurredAt'])
@Check('ck_tracking_event_status', `"status" IN (${TRACKING_STATUSES.map((s) => `'${s}'`).join(', ')})`)
export class TrackingEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  labelId: string;

  @ManyToOne(() => ShipmentLabel, { onDelete: 'RESTRICT' })
  label?: ShipmentLabel;

  @Column({ type: 'uuid' })
  parcelId: string;

  @Column({ type: 'varchar', length: 40 })
  trackingNumber: string;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  /** The offset the carrier sent (e.g. `+08:00`), so the timeline can show the scan's local time. */
  @Column({ type: 'varchar', length: 6 })
  utcOffset: string;

  @Column({ type: 'varchar', length: 24 })
  status: TrackingStatus;

  /** The carrier's own event code, as sent. */
  @Column({ type: 'varchar', length: 40 })
  carrierCode: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  postcode: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** Whether this event set the parcel's status (false for late, older or uninformative events). */
  @Column({ type: 'boolean' })
  applied: boolean;

  @Column({ type: 'varchar', length: 254 })
  reportedBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  receivedAt: Date;
}
