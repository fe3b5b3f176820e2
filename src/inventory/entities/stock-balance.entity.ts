import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Current stock of one product in one location (and lot). Written only by the stock ledger, after
 * locking the row; the CHECKs hold even if code is wrong. `available` = on_hand − reserved.
 */
@Entity()
// "No lot" is NULL; PostgreSQL treats NULLs as distinct, so uniqueness takes two partial indexes.
@Index('uq_stock_balance_no_lot', ['productId', 'locationId'], { unique: true, where: '"lot_id" IS NULL' })
@Index('uq_stock_balance_lot', ['productId', 'locationId', 'lotId'], { unique: true, where: '"lot_id" IS NOT NULL' })
@Index('ix_stock_balance_product_warehouse', ['productId', 'warehouseId'])
@Index('ix_stock_balance_location', ['locationId'])
@Check('ck_stock_balance_on_hand', '"on_hand" >= 0')
@Check('ck_stock_balance_reserved', '"reserved" >= 0 AND "reserved" <= "on_hand"')
export class StockBalance {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'uuid' })
  locationId: string;

  /** The location's warehouse, copied so availability per warehouse needs no join. */
  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'uuid', nullable: true })
  lotId: string | null;

  @Column({ type: 'int', default: 0 })
  onHand: number;

  @Column({ type: 'int', default: 0 })
  reserved: number;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
