import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PutawayRule } from '../putaway/bin-suggestion';

/** A warehouse's put-away rule order; warehouses without a row use the default order. */
@Entity()
export class PutawayRuleConfig {
  @PrimaryColumn({ type: 'uuid' })
  warehouseId: string;

  /** Rules tried in this order; rules left out are not used. */
  @Column({ type: 'jsonb' })
  rules: PutawayRule[];

  @Column({ type: 'varchar', length: 254 })
  updatedBy: string;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
