import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InboundShipment } from './inbound-shipment.entity';

export enum SsccSource {
  /** From our GS1 company prefix and the `inbound_sscc_serial_seq` sequence. */
  Generated = 'generated',
  /** Printed by the supplier under its own prefix, check digit validated. */
  Supplied = 'supplied',
}

/** A carton (or pallet) on a shipment, identified by its SSCC-18. */
@Entity()
@Check('ck_inbound_carton_sscc', `"sscc" ~ '^[0-9]{18}$'`)
@Check('ck_inbound_carton_source', `"source" IN ('generated', 'supplied')`)
@Check('ck_inbound_carton_weight', '"gross_weight_g" > 0')
@Index('ix_inbound_carton_shipment', ['shipmentId', 'createdAt'])
export class InboundCarton {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  shipmentId: string;

  @ManyToOne(() => InboundShipment, { onDelete: 'CASCADE' })
  shipment?: InboundShipment;

  /** An SSCC names one logistic unit worldwide, so it is unique across shipments. */
  @Index('uq_inbound_carton_sscc', { unique: true })
  @Column({ type: 'char', length: 18 })
  sscc: string;

  @Column({ type: 'varchar', length: 10 })
  source: SsccSource;

  @Column({ type: 'int', nullable: true })
  grossWeightG: number | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
