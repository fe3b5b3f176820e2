import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { decimal } from './columns';

/** The demand signal and projected cover of one SKU in one warehouse, as of the last recompute. */
@Entity()
@Unique('uq_planning_signal_item', ['productId', 'warehouseId'])
@Index('ix_planning_signal_spike', ['spikeMultiple'], { where: '"spike"' })
export class PlanningSignal {
  /** Rows are replaced on every recompute, so this id is only stable within one run (enough for paging). */
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  /** Units/day. */
  @Column({ type: 'numeric', precision: 14, scale: 3, transformer: decimal })
  baselinePerDay: number;

  @Column({ type: 'numeric', precision: 14, scale: 3, transformer: decimal })
  recentPerDay: number;

  @Column({ type: 'boolean' })
  spike: boolean;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: decimal })
  spikeMultiple: number | null;

  @Column({ type: 'date', nullable: true })
  spikeStartDate: string | null;

  @Column({ type: 'int' })
  available: number;

  @Column({ type: 'int' })
  backordered: number;

  @Column({ type: 'date', nullable: true })
  stockoutDate: string | null;

  @Column({ type: 'int' })
  daysOfCover: number;

  @Column({ type: 'int' })
  unitsShort: number;

  @Column({ type: 'timestamptz', precision: 3 })
  computedAt: Date;
}
