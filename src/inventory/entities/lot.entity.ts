import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A production batch of one product, with its expiry when the product tracks expiry (FEFO). */
@Entity()
@Index('uq_lot_product_code', ['productId', 'code'], { unique: true })
@Check('ck_lot_code', `"code" ~ '^[!-~]{1,20}$'`)
export class Lot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  productId: string;

  /** As printed by the supplier (GS1 AI 10: up to 20 visible ASCII characters). */
  @Column({ type: 'varchar', length: 20 })
  code: string;

  /** `YYYY-MM-DD`; null when the product does not track expiry. */
  @Column({ type: 'date', nullable: true })
  expiryDate: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
