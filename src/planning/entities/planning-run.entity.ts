import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One recompute: when, why, how big and how long, so planners can see how fresh the figures are. */
@Entity()
@Index('ix_planning_run_finished', ['finishedAt'])
export class PlanningRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `manual` (POST /planning/recompute) or `nightly`. */
  @Column({ type: 'varchar', length: 10 })
  trigger: string;

  @Column({ type: 'date' })
  planDate: string;

  @Column({ type: 'int' })
  items: number;

  @Column({ type: 'int' })
  suggestions: number;

  @Column({ type: 'int' })
  spikes: number;

  @Column({ type: 'int' })
  durationMs: number;

  @Column({ type: 'timestamptz', precision: 3 })
  startedAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  finishedAt: Date;
}
