import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** Job payloads carry ids and scalars only: handlers load the current state themselves. */
export type JobPayload = Record<string, string | number | boolean | null>;

export enum OutboxStatus {
  /** Waiting for its `availableAt`, to be run or handed to the queue. */
  Pending = 'pending',
  /** Handed to BullMQ, or being run in-process. */
  Dispatched = 'dispatched',
  Completed = 'completed',
  /** Out of attempts; an admin can retry it. */
  Failed = 'failed',
}

/**
 * A job written in the same transaction as the business change that causes it, so the change and
 * its side effects are committed together or not at all. See docs/architecture.md (job path).
 */
@Entity('outbox')
@Unique('uq_outbox_job_key', ['jobName', 'businessKey'])
@Index('ix_outbox_due', ['status', 'availableAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  jobName: string;

  /** What makes the job unique, e.g. the parcel id for "render label"; enqueueing it twice is a no-op. */
  @Column({ type: 'varchar', length: 200 })
  businessKey: string;

  @Column({ type: 'jsonb' })
  payload: JobPayload;

  @Column({ type: 'varchar', length: 12, default: OutboxStatus.Pending })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'int' })
  maxAttempts: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/**
 * The BullMQ job id: the business key plus the attempt number. Handing the same attempt to the
 * queue twice (a relay that crashed before recording it) is then a no-op, while a retry, which
 * counts as a new attempt, is a new job. BullMQ forbids ':' in custom ids.
 */
export function queueJobId(m: Pick<OutboxMessage, 'jobName' | 'businessKey' | 'attempts'>): string {
  return `${m.jobName}.${m.businessKey}.a${m.attempts + 1}`.replace(/:/g, '_');
}
