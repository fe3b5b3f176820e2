import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/**
 * One unit of `currency` costs `rate` units of the base currency (BASE_CURRENCY) from `date` on,
 * until a later date has its own rate.
 */
@Entity()
@Unique('uq_fx_rate_currency_date', ['currency', 'date'])
@Check('ck_fx_rate_positive', `"rate" > 0`)
export class FxRate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** ISO 4217. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'date' })
  date: string;

  /** Exact decimal, returned by the driver as a string such as `0.13800000`. */
  @Column({ type: 'numeric', precision: 18, scale: 8 })
  rate: string;

  @Column({ type: 'varchar', length: 254 })
  updatedBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
