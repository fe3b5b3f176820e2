import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ConflictError, NotFoundError, ValidationFailedError } from '../errors';
import { Page, PageQueryDto, paginate, parseSort } from '../http/pagination';
import { Environment } from '../../config/environment';
import { JobPayload, OutboxMessage, OutboxStatus } from './outbox-message.entity';

export interface NewJob {
  job: string;
  key: string;
  payload: JobPayload;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
  maxAttempts?: number;
}

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

export interface JobQuery extends PageQueryDto {
  status?: OutboxStatus;
  jobName?: string;
}

@Injectable()
export class OutboxService {
  constructor(
    @InjectRepository(OutboxMessage) private readonly messages: Repository<OutboxMessage>,
    private readonly env: Environment,
  ) {}

  /**
   * Writes a job in the caller's transaction. Enqueueing the same (job, key) again is a no-op, so
   * a retried business transaction cannot create a second job.
   */
  async enqueue(manager: EntityManager, job: NewJob): Promise<void> {
    await this.enqueueMany(manager, [job]);
  }

  /** Several jobs in one statement (a batch of orders or events), same rules as `enqueue`. */
  async enqueueMany(manager: EntityManager, jobs: NewJob[]): Promise<void> {
    if (!jobs.length) return;
    for (const job of jobs) if (!KEY_PATTERN.test(job.key)) throw new Error(`Job key "${job.key}" must match ${KEY_PATTERN}`);
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values(jobs.map((job) => ({
        jobName: job.job,
        businessKey: job.key,
        payload: job.payload,
        maxAttempts: job.maxAttempts ?? this.env.OUTBOX_MAX_ATTEMPTS,
        // The database clock, like the relay's, so clock skew between app and database cannot delay a job.
        availableAt: () => `now() + interval '${Math.max(0, Math.round(job.delayMs ?? 0))} milliseconds'`,
      })))
      .orIgnore()
      .execute();
  }

  list(query: JobQuery): Promise<Page<OutboxMessage>> {
    const qb = this.messages.createQueryBuilder('o');
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.jobName) qb.andWhere('o.jobName = :jobName', { jobName: query.jobName });
    return paginate(qb, parseSort(undefined, { createdAt: 'createdAt' }, 'o', '-createdAt'), query);
  }

  async get(id: string): Promise<OutboxMessage> {
    if (!/^\d{1,18}$/.test(id)) throw new ValidationFailedError([{ field: 'id', message: 'id must be a positive integer' }]);
    const message = await this.messages.findOneBy({ id });
    if (!message) throw new NotFoundError('job', id);
    return message;
  }

  /** Gives a failed job a fresh set of attempts. */
  async retry(id: string): Promise<OutboxMessage> {
    const message = await this.get(id);
    if (message.status !== OutboxStatus.Failed) {
      throw new ConflictError('JOB_NOT_FAILED', `Job ${id} is ${message.status}; only failed jobs can be retried.`, { status: message.status });
    }
    // Attempt numbers keep counting up (they are part of the queue job id), so a retry raises the
    // limit instead of resetting the count.
    await this.messages.update(
      { id, status: OutboxStatus.Failed },
      { status: OutboxStatus.Pending, maxAttempts: message.attempts + this.env.OUTBOX_MAX_ATTEMPTS, availableAt: new Date() },
    );
    return this.get(id);
  }

  /** Job counts per status and the age of the oldest due job, for /metrics and health. */
  async stats(): Promise<{ counts: Record<OutboxStatus, number>; lagSeconds: number }> {
    const rows: { status: OutboxStatus; count: string }[] = await this.messages.query(
      'SELECT status, count(*)::text AS count FROM outbox GROUP BY status',
    );
    const counts = { pending: 0, dispatched: 0, completed: 0, failed: 0 } as Record<OutboxStatus, number>;
    for (const r of rows) counts[r.status] = Number(r.count);
    const [lag] = await this.messages.query(
      `SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(available_at)), 0)::float AS lag
         FROM outbox WHERE status = 'pending' AND available_at <= now()`,
    );
    return { counts, lagSeconds: Number(lag.lag) };
  }
}
