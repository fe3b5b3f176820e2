import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { exactBigint } from '../common/columns';

/** Moving weighted average cost of a product in one warehouse, in the base currency. */
@Entity()
@Check('ck_product_cost_average', '"average_cost_micros" >= 0')
export class ProductCost {
  @PrimaryColumn({ type: 'uuid' })
  warehouseId: string;

  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  /**
   * Per unit, in millionths of a minor unit of `currency`. The extra digits keep successive
   * receipts and true-ups from drifting by a rounded cent each time.
   */
  @Column({ type: 'bigint', transformer: exactBigint })
  averageCostMicros: bigint;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
