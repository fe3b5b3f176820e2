import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Environment } from '../../config/environment';
import { DispatchedMessage, JobTransport } from './job-transport';

const BATCH = 20;
/** A message handed over this long ago and still not finished is assumed lost (worker crash, Redis flushed). */
const STALE_DISPATCH = '15 minutes';
/** How long a batch waits after the queue refused it (Redis down) before it is offered again. */
const REDISPATCH_DELAY = '5 seconds';

/**
 * Moves due outbox rows to the job transport. Several relays (API processes, workers) can run at
 * once: rows are claimed with FOR UPDATE SKIP LOCKED.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: JobTransport,
    private readonly env: Environment,
  ) {}

  onApplicationBootstrap(): void {
    this.logger.log(`Relaying outbox jobs to ${this.transport.name}`);
    this.schedule(this.env.OUTBOX_POLL_INTERVAL_MS);
  }

  /** Stops polling first thing on shutdown, before the database connections close. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One relay pass; returns how many messages were handed over. Public for tests and the CLI. */
  async tick(): Promise<number> {
    await this.dataSource.query(
      `UPDATE outbox SET status = 'pending', available_at = now(), updated_at = now()
        WHERE status = 'dispatched' AND dispatched_at < now() - interval '${STALE_DISPATCH}'`,
    );
    const [rows] = (await this.dataSource.query(
      `UPDATE outbox SET status = 'dispatched', dispatched_at = now(), updated_at = now()
        WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND available_at <= now()
                      ORDER BY available_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, job_name, business_key, attempts`,
      [BATCH],
    )) as [{ id: string; job_name: string; business_key: string; attempts: number }[], number];
    if (rows.length === 0) return 0;
    const messages: DispatchedMessage[] = rows.map((r) => ({ id: String(r.id), jobName: r.job_name, businessKey: r.business_key, attempts: r.attempts }));
    try {
      await this.transport.dispatch(messages);
    } catch (error) {
      this.logger.warn(`Could not hand ${messages.length} job(s) to ${this.transport.name}; retrying later: ${String(error)}`);
      await this.dataSource.query(
        `UPDATE outbox SET status = 'pending', available_at = now() + interval '${REDISPATCH_DELAY}', updated_at = now()
          WHERE id = ANY($1) AND status = 'dispatched'`,
        [messages.map((m) => m.id)],
      );
      return 0;
    }
    return messages.length;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .then((n) => this.schedule(n === BATCH ? 0 : this.env.OUTBOX_POLL_INTERVAL_MS))
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'Outbox relay pass failed');
          this.schedule(this.env.OUTBOX_POLL_INTERVAL_MS * 5);
        });
    }, delay);
  }
}
