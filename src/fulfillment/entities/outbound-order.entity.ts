import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { OUTBOUND_ORDER_STATUSES, OutboundOrderStatus } from '../orders/outbound-order.lifecycle';
import { minorUnits, sqlList } from './columns';

export enum ServiceLevel {
  Standard = 'standard',
  Express = 'express',
}

export const SERVICE_LEVELS = Object.values(ServiceLevel);

/** Import One-Stop Shop number: `IM` + member-state number + serial + check digit (format only; the check is not public). */
export const IOSS_NUMBER_PATTERN = /^IM\d{10}$/;

/**
 * An order the shop sends for shipping to a consumer. The shop's `externalId` is unique per shop
 * partner and makes creation idempotent; `requestHash` tells a repeat from a conflicting one.
 */
@Entity()
@Unique('uq_outbound_order_external', ['partnerId', 'externalId'])
@Index('ix_outbound_order_status', ['status', 'placedAt'])
@Index('ix_outbound_order_warehouse_status', ['warehouseId', 'status'])
@Check('ck_outbound_order_status', `"status" IN (${sqlList(OUTBOUND_ORDER_STATUSES)})`)
@Check('ck_outbound_order_service_level', `"service_level" IN (${sqlList(SERVICE_LEVELS)})`)
@Check('ck_outbound_order_ioss', `"ioss_number" ~ '^IM[0-9]{10}$'`)
@Check('ck_outbound_order_total', `"total_minor" >= 0`)
export class OutboundOrder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The shop partner that sent the order; its API keys see only its own orders. */
  @Column({ type: 'uuid' })
  partnerId: string;

  /** The shop's order number. */
  @Column({ type: 'varchar', length: 64 })
  externalId: string;

  /** SHA-256 of the order as first sent. */
  @Column({ type: 'char', length: 64 })
  requestHash: string;

  /** Where the shop sold it, e.g. `web`, `app`, `live-video`. */
  @Column({ type: 'varchar', length: 40 })
  channel: string;

  @Column({ type: 'timestamptz', precision: 3 })
  placedAt: Date;

  @Column({ type: 'varchar', length: 20 })
  status: OutboundOrderStatus;

  @Column({ type: 'varchar', length: 10 })
  serviceLevel: ServiceLevel;

  @Column({ type: 'varchar', length: 200 })
  shipToName: string;

  @Column({ type: 'varchar', length: 200 })
  shipToAddressLine1: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  shipToAddressLine2: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  shipToAddressLine3: string | null;

  @Column({ type: 'varchar', length: 100 })
  shipToCity: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  shipToRegion: string | null;

  /** Normalised form (upper case, single spaces); null only for countries without postcodes. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  shipToPostcode: string | null;

  /** ISO 3166-1 alpha-2 (`UK` is stored as `GB`). */
  @Column({ type: 'char', length: 2 })
  shipToCountry: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  shipToPhone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  shipToEmail: string | null;

  /** ISO 4217; every line's price is in it. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Σ quantity × unit price paid, in minor units of `currency`. */
  @Column({ type: 'bigint', transformer: minorUnits })
  totalMinor: number;

  /** For EU consignments under the Import One-Stop Shop; goes into customs data, never on the label. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  iossNumber: string | null;

  /** The warehouse the order is allocated from (the first one when split shipping is allowed). */
  @Column({ type: 'uuid', nullable: true })
  warehouseId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
