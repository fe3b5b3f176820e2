import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum CycleCountStatus {
  /** Workers are counting; its locations are frozen for picking. */
  Open = 'open',
  /** Every line counted; waiting for a lead to approve the variances (still frozen). */
  Counted = 'counted',
  /** Variances posted as `count` movements; locations released. */
  Approved = 'approved',
  Cancelled = 'cancelled',
}

export const CYCLE_COUNT_STATUSES = Object.values(CycleCountStatus);

/** A blind count of a set of locations (optionally limited to some products). */
@Entity()
@Index('ix_cycle_count_warehouse_status', ['warehouseId', 'status'])
@Check('ck_cycle_count_status', `"status" IN (${CYCLE_COUNT_STATUSES.map((s) => `'${s}'`).join(', ')})`)
export class CycleCount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'varchar', length: 12, default: CycleCountStatus.Open })
  status: CycleCountStatus;

  /** Limit the count to these products; empty = everything in the locations. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  productIds: string[];

  @Column({ type: 'varchar', length: 64 })
  createdBy: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  approvedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  approvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** A location taking part in a count; while the count is open or counted, it is frozen for picking. */
@Entity()
@Index('uq_cycle_count_location', ['cycleCountId', 'locationId'], { unique: true })
@Index('ix_cycle_count_location_location', ['locationId'])
export class CycleCountLocation {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  cycleCountId: string;

  @Column({ type: 'uuid' })
  locationId: string;
}

/** What a worker counted of one product (and lot) in one location; `expected` is never shown to them. */
@Entity()
@Index('ix_cycle_count_line_count', ['cycleCountId', 'locationId'])
@Check('ck_cycle_count_line_quantities', '"counted" IS NULL OR "counted" >= 0')
export class CycleCountLine {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  cycleCountId: string;

  @Column({ type: 'uuid' })
  locationId: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'uuid', nullable: true })
  lotId: string | null;

  /** The balance when the count was created (snapshot; variances are computed at approval). */
  @Column({ type: 'int' })
  expected: number;

  @Column({ type: 'int', nullable: true })
  counted: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  countedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  countedAt: Date | null;

  /** Set by a lead who wants this line counted again. */
  @Column({ type: 'boolean', default: false })
  recountRequested: boolean;
}
