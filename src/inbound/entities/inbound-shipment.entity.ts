import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { sqlList } from '../common/columns';
import { SHIPMENT_STATUSES, ShipmentStatus } from '../shipments/shipment.lifecycle';

export enum ShipmentMode {
  SeaFcl = 'sea_fcl',
  SeaLcl = 'sea_lcl',
  Air = 'air',
  Rail = 'rail',
  Courier = 'courier',
}

export const SHIPMENT_MODES = Object.values(ShipmentMode);

/** UN/LOCODE: country code and a 3-character place code (letters and digits 2–9). */
export const UN_LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;

/** An advance shipping notice: goods on their way from suppliers to one of our warehouses. */
@Entity()
@Check('ck_inbound_shipment_number', `"number" ~ '^ASN-[0-9]{4}-[0-9]{5,}$'`)
@Check('ck_inbound_shipment_mode', `"mode" IN (${sqlList(SHIPMENT_MODES)})`)
@Check('ck_inbound_shipment_status', `"status" IN (${sqlList(SHIPMENT_STATUSES)})`)
@Check('ck_inbound_shipment_ports', `"origin_port" ~ '^[A-Z]{2}[A-Z2-9]{3}$' AND "destination_port" ~ '^[A-Z]{2}[A-Z2-9]{3}$'`)
@Index('ix_inbound_shipment_status_eta', ['status', 'eta'])
@Index('ix_inbound_shipment_warehouse_eta', ['warehouseId', 'eta'])
export class InboundShipment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `ASN-<year>-<n>` from the `inbound_shipment_number_seq` sequence. */
  @Index('uq_inbound_shipment_number', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'varchar', length: 10 })
  mode: ShipmentMode;

  /** The partner (kind `forwarder`) whose API keys may report milestones and ETAs. */
  @Index('ix_inbound_shipment_forwarder')
  @Column({ type: 'uuid' })
  forwarderId: string;

  /** Shipping line, airline, railway or courier. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  carrier: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  vessel: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  voyage: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  flightNumber: string | null;

  /** UN/LOCODE, e.g. `CNSZX`. */
  @Column({ type: 'char', length: 5 })
  originPort: string;

  /** UN/LOCODE, e.g. `USLAX`. */
  @Column({ type: 'char', length: 5 })
  destinationPort: string;

  /** ISO 6346 numbers with a valid check digit, upper-case, e.g. `CSQU3054383`. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  containerNumbers: string[];

  @Column({ type: 'varchar', length: 40, nullable: true })
  masterBillOfLading: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  houseBillOfLading: string | null;

  /** `PPP-SSSSSSSC` with a valid mod-7 check digit. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  airWaybill: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  etd: Date | null;

  /** The current estimate; every change is kept in `inbound_shipment_eta_change`. */
  @Column({ type: 'timestamptz', precision: 3 })
  eta: Date;

  /** The ETA given when the shipment was created: "late" compares against it. */
  @Column({ type: 'timestamptz', precision: 3 })
  originalEta: Date;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'varchar', length: 30 })
  status: ShipmentStatus;

  @Column({ type: 'varchar', length: 64 })
  createdById: string;

  @Column({ type: 'varchar', length: 254 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
