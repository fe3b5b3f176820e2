import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { JsonObject } from '../../common/database/json';

export const CARRIER_CODE_UNIQUE = 'uq_carrier_code';

/**
 * A carrier as master data. `adapter` names the folder under carriers/adapters that talks to it;
 * it is checked against the registered adapters, not by the database, so a new adapter needs no
 * migration. `settings` is what that adapter needs (e.g. the postal S10 country), checked by it.
 */
@Entity()
@Check('ck_carrier_code_format', `"code" ~ '^[A-Z0-9][A-Z0-9_-]{1,29}$'`)
@Check('ck_carrier_tracking_url', `"tracking_url_template" LIKE '%{trackingNumber}%'`)
export class Carrier {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Upper case, e.g. `USPS-INTL`. */
  @Index(CARRIER_CODE_UNIQUE, { unique: true })
  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  adapter: string;

  /** e.g. `https://tools.usps.com/go/TrackConfirmAction?tLabels={trackingNumber}`. */
  @Column({ type: 'varchar', length: 500 })
  trackingUrlTemplate: string;

  /** The identity partner (kind `carrier`) whose API keys see this carrier's parcels. */
  @Index('ix_carrier_partner')
  @Column({ type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings: JsonObject;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
