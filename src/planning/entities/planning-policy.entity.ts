import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { decimal, minorUnits } from './columns';

/**
 * Planning settings for one scope: a product, a category or everything, optionally in one
 * warehouse. Every setting is nullable: null means "ask the next, less specific scope".
 */
@Entity('planning_policy')
@Index('uq_planning_policy_scope', ['scopeKey'], { unique: true })
@Check('ck_planning_policy_scope', '"product_id" IS NULL OR "category" IS NULL')
@Check(
  'ck_planning_policy_days',
  '"safety_stock_days" >= 0 AND "target_cover_days" >= 1 AND "review_period_days" >= 1 AND "production_lead_days" >= 0 AND "sea_transit_days" >= 1 AND "air_transit_days" >= 1 AND "spike_half_life_days" >= 1',
)
@Check('ck_planning_policy_freight', '"sea_freight_per_kg_minor" >= 0 AND "air_freight_per_kg_minor" >= 0')
@Check('ck_planning_policy_spike', '"spike_threshold" > 1 AND "spike_min_units" >= 1')
export class PlanningPolicyRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `p=<product|*>;c=<category|*>;w=<warehouse|*>`: one policy per scope. */
  @Column({ type: 'varchar', length: 200 })
  scopeKey: string;

  @Column({ type: 'uuid', nullable: true })
  productId: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  category: string | null;

  @Column({ type: 'uuid', nullable: true })
  warehouseId: string | null;

  @Column({ type: 'int', nullable: true })
  safetyStockDays: number | null;

  @Column({ type: 'int', nullable: true })
  targetCoverDays: number | null;

  @Column({ type: 'int', nullable: true })
  reviewPeriodDays: number | null;

  @Column({ type: 'int', nullable: true })
  productionLeadDays: number | null;

  @Column({ type: 'int', nullable: true })
  seaTransitDays: number | null;

  @Column({ type: 'int', nullable: true })
  airTransitDays: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: minorUnits })
  seaFreightPerKgMinor: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: minorUnits })
  airFreightPerKgMinor: number | null;

  @Column({ type: 'uuid', nullable: true })
  preferredSupplierId: string | null;

  @Column({ type: 'int', nullable: true })
  spikeHalfLifeDays: number | null;

  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true, transformer: decimal })
  spikeThreshold: number | null;

  @Column({ type: 'int', nullable: true })
  spikeMinUnits: number | null;

  @Column({ type: 'varchar', length: 254 })
  updatedBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
