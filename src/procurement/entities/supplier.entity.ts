import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Incoterm } from '../services/incoterms';
import { INCOTERM_SQL_LIST } from './columns';

export const SUPPLIER_CODE_UNIQUE = 'uq_supplier_code';
export const SUPPLIER_PARTNER_UNIQUE = 'uq_supplier_partner';

export interface SupplierContact {
  name: string;
  email: string | null;
  phone: string | null;
  wechatId: string | null;
}

/**
 * A company we buy from. Its defaults (currency, incoterm, payment terms) are copied onto each new
 * purchase order, where they can be changed. Never deleted: orders refer to it.
 */
@Entity()
@Check('ck_supplier_code_format', `"code" ~ '^[A-Z0-9][A-Z0-9-]{1,19}$'`)
@Check('ck_supplier_default_incoterm', `"default_incoterm" IN (${INCOTERM_SQL_LIST})`)
@Check('ck_supplier_lead_time', `"lead_time_days" >= 0`)
export class Supplier {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Upper-case, e.g. `SZ-HUAXIN`. */
  @Index(SUPPLIER_CODE_UNIQUE, { unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  legalNameEn: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  legalNameZh: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 200 })
  addressLine1: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  addressLine2: string | null;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  postcode: string | null;

  /** The first contact with an e-mail address receives purchase orders. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts: SupplierContact[];

  /** ISO 4217. */
  @Column({ type: 'char', length: 3 })
  defaultCurrency: string;

  @Column({ type: 'varchar', length: 3 })
  defaultIncoterm: Incoterm;

  /** The incoterm's named place, e.g. `Shenzhen` for FOB Shenzhen. */
  @Column({ type: 'varchar', length: 100 })
  defaultIncotermPlace: string;

  /** Free text, e.g. `30% deposit, 70% before shipment`. */
  @Column({ type: 'varchar', length: 200 })
  paymentTerms: string;

  @Column({ type: 'int' })
  leadTimeDays: number;

  /** The `supplier` partner whose API keys act for this supplier. */
  @Index(SUPPLIER_PARTNER_UNIQUE, { unique: true })
  @Column({ type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
