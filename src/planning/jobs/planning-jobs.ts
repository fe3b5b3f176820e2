import { Injectable } from '@nestjs/common';
import { Transactions } from '../../common/database/transactions.service';
import { OutboxService } from '../../common/jobs';
import { RecomputeTrigger } from '../services/planning-recompute.service';

export const RECOMPUTE_JOB = 'planning.recompute';

export interface RecomputeJobPayload {
  trigger: RecomputeTrigger;
  [key: string]: string;
}

/** Puts recomputes on the outbox, so they run on a worker and survive a restart. */
@Injectable()
export class PlanningJobs {
  constructor(
    private readonly outbox: OutboxService,
    private readonly transactions: Transactions,
  ) {}

  /** On demand: every request is its own job (the recompute itself is serialised by a lock). */
  async requestRecompute(): Promise<string> {
    const key = `manual.${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;
    await this.transactions.run((m) => this.outbox.enqueue(m, { job: RECOMPUTE_JOB, key, payload: { trigger: 'manual' } }));
    return key;
  }

  /** Nightly: keyed by the date, so several processes scheduling the same night enqueue one job. */
  async enqueueNightly(date: string): Promise<string> {
    const key = `nightly.${date}`;
    await this.transactions.run((m) => this.outbox.enqueue(m, { job: RECOMPUTE_JOB, key, payload: { trigger: 'nightly' } }));
    return key;
  }
}
