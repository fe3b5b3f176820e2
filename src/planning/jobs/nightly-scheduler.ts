import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { OutboxRelay } from '../../common/jobs/outbox-relay.service';
import { utcToday } from '../services/dates';
import { PlanningJobs } from './planning-jobs';

/** Minutes after midnight UTC at which the nightly recompute is enqueued: after the day's last pickups in the US. */
export const NIGHTLY_AT_MINUTE_UTC = 6 * 60;

/** Milliseconds from `now` to the next `minuteOfDay` (UTC). */
export function msUntilNext(now: Date, minuteOfDay: number): number {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 0, minuteOfDay));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}

/**
 * The job system has no repeatable jobs, so each process that runs workers keeps a timer and, once
 * a night, enqueues the recompute through the outbox. The job key is the date: several processes
 * enqueue one job between them, and a process down at that minute is covered by the others.
 */
@Injectable()
export class NightlyPlanningScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Planning');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly jobs: PlanningJobs,
    // Present only where this process runs workers (RUN_WORKERS, or the worker entry point).
    @Optional() private readonly relay?: OutboxRelay,
  ) {}

  onApplicationBootstrap(): void {
    if (this.relay) this.schedule();
  }

  onModuleDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.jobs
        .enqueueNightly(utcToday())
        .catch((error: unknown) => this.logger.error({ err: error }, 'Could not enqueue the nightly planning recompute'))
        .finally(() => this.schedule());
    }, msUntilNext(new Date(), NIGHTLY_AT_MINUTE_UTC));
    // The timer must not keep a process alive that is otherwise shutting down.
    this.timer.unref();
  }
}
