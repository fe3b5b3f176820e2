import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Environment } from '../../config/environment';
import { JobRegistry } from './job-registry.service';
import { JobPayload, OutboxMessage, OutboxStatus } from './outbox-message.entity';

const MAX_BACKOFF_MS = 60 * 60 * 1000;

/** Exponential backoff with ±20 % jitter, capped at an hour. */
export function backoffMs(attempt: number, baseMs: number): number {
  const raw = Math.min(baseMs * 2 ** (attempt - 1), MAX_BACKOFF_MS);
  return Math.round(raw * (0.8 + Math.random() * 0.4));
}

export type JobOutcome = 'completed' | 'retry' | 'failed' | 'skipped';

/**
 * Runs one outbox message through its handler and records the outcome on the row. Used by the
 * in-process runner and by the BullMQ worker alike, so retries and the failed state behave the
 * same in both.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(
    @InjectRepository(OutboxMessage) private readonly messages: Repository<OutboxMessage>,
    private readonly registry: JobRegistry,
    private readonly env: Environment,
  ) {}

  async run(id: string): Promise<JobOutcome> {
    // Count the attempt first, so a crash during the handler still uses one up.
    const claimed: OutboxMessage[] = (
      await this.messages
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ attempts: () => 'attempts + 1', status: OutboxStatus.Dispatched })
        // 'pending' too: the stale-dispatch sweep may have reset a row whose queued job is only now running.
        .where('id = :id AND status IN (:...open)', { id, open: [OutboxStatus.Dispatched, OutboxStatus.Pending] })
        .returning('*')
        .execute()
    ).raw;
    const row = claimed[0] as unknown as Record<string, unknown> | undefined;
    if (!row) return 'skipped'; // already completed or failed: nothing to do
    const message = this.messages.create({
      id: String(row.id), jobName: String(row.job_name), businessKey: String(row.business_key),
      payload: row.payload as JobPayload, attempts: Number(row.attempts), maxAttempts: Number(row.max_attempts),
    });

    const handler = this.registry.get(message.jobName);
    try {
      if (!handler) throw new Error(`No handler is registered for job "${message.jobName}"`);
      await handler.handle(message.payload, { outboxId: message.id, attempt: message.attempts, businessKey: message.businessKey });
    } catch (error) {
      return this.recordFailure(message, error);
    }
    await this.messages.update({ id }, { status: OutboxStatus.Completed, completedAt: new Date(), lastError: null });
    return 'completed';
  }

  private async recordFailure(message: OutboxMessage, error: unknown): Promise<JobOutcome> {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const final = message.attempts >= message.maxAttempts;
    const delay = backoffMs(message.attempts, this.env.OUTBOX_BACKOFF_BASE_MS);
    this.logger.warn({ jobId: message.id, job: message.jobName, attempt: message.attempts, final }, `Job failed: ${text}`);
    await this.messages.update(
      { id: message.id },
      final
        ? { status: OutboxStatus.Failed, lastError: text }
        : { status: OutboxStatus.Pending, lastError: text, availableAt: () => `now() + interval '${delay} milliseconds'` },
    );
    return final ? 'failed' : 'retry';
  }
}
