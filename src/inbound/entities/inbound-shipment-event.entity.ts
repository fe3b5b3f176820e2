import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { InboundShipment } from './inbound-shipment.entity';

/** A milestone reached, with when and where it happened. Each milestone is recorded once. */
@Entity()
@Unique('uq_inbound_shipment_event_milestone', ['shipmentId', 'milestone'])
export class InboundShipmentEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  shipmentId: string;

  @ManyToOne(() => InboundShipment, { onDelete: 'CASCADE' })
  shipment?: InboundShipment;

  /** The status reached: `booked`, `departed`, … `received`, `cancelled`. */
  @Column({ type: 'varchar', length: 30 })
  milestone: string;

  /** When it happened, as reported (not when it was reported). */
  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  /** Where: a UN/LOCODE or a place name. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  location: string | null;

  @Column({ type: 'varchar', length: 10 })
  actorType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 254 })
  actorLabel: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  recordedAt: Date;
}
