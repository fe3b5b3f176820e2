import { Check, Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { JsonObject } from '../../common/database/json';
import { MAIL_CLASSES, MailClass } from '../customs/customs-forms';
import { Carrier } from './carrier.entity';

export const CARRIER_SERVICE_CODE_UNIQUE = 'uq_carrier_service_code';
export const LABEL_FORMATS = ['pdf', 'zpl'] as const;
export type LabelFormat = (typeof LABEL_FORMATS)[number];

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A service a carrier sells, e.g. "Priority Mail International". Its mail class decides the customs
 * paperwork: CN 22 is allowed only for letter post, CN 23 for parcel post, a commercial invoice
 * for courier services.
 */
@Entity()
@Unique(CARRIER_SERVICE_CODE_UNIQUE, ['carrierId', 'code'])
@Check('ck_carrier_service_code_format', `"code" ~ '^[A-Z0-9][A-Z0-9_-]{0,29}$'`)
@Check('ck_carrier_service_mail_class', `"mail_class" IN (${sqlList(MAIL_CLASSES)})`)
@Check('ck_carrier_service_label_formats', `cardinality("label_formats") > 0 AND "label_formats" <@ ARRAY[${sqlList(LABEL_FORMATS)}]::text[]`)
export class CarrierService {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  carrierId: string;

  // Carriers are deactivated, never deleted: labels keep pointing at them.
  @ManyToOne(() => Carrier, { onDelete: 'RESTRICT' })
  carrier?: Carrier;

  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  mailClass: MailClass;

  @Column({ type: 'text', array: true })
  labelFormats: LabelFormat[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings: JsonObject;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
