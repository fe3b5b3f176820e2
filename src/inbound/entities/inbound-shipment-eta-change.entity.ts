import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InboundShipment } from './inbound-shipment.entity';

/** One change of a shipment's ETA: who, when, from what to what. */
@Entity()
@Index('ix_inbound_shipment_eta_change_shipment', ['shipmentId', 'changedAt'])
export class InboundShipmentEtaChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  shipmentId: string;

  @ManyToOne(() => InboundShipment, { onDelete: 'CASCADE' })
  shipment?: InboundShipment;

  @Column({ type: 'timestamptz', precision: 3 })
  oldEta: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  newEta: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 10 })
  actorType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 254 })
  actorLabel: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  changedAt: Date;
}
