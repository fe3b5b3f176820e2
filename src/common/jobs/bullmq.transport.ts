import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DispatchedMessage, JobTransport } from './job-transport';
import { queueJobId } from './outbox-message.entity';

export const JOBS_QUEUE = 'jobs';

export interface QueuedJobData {
  outboxId: string;
}

@Injectable()
export class BullMqTransport extends JobTransport {
  readonly name = 'bullmq' as const;

  private readonly logger = new Logger('BullMqTransport');

  constructor(@InjectQueue(JOBS_QUEUE) private readonly queue: Queue<QueuedJobData>) {
    super();
    // Without a listener an emitted 'error' would crash the process; Redis being down only delays jobs.
    queue.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
  }

  /** For the health check: does Redis answer within the time limit? */
  async ping(timeoutMs = 1000): Promise<void> {
    const client = await this.queue.client;
    await Promise.race([
      (client as unknown as { ping(): Promise<string> }).ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
    ]);
  }

  async dispatch(messages: DispatchedMessage[]): Promise<void> {
    await this.queue.addBulk(
      messages.map((m) => ({
        name: m.jobName,
        data: { outboxId: m.id },
        opts: {
          jobId: queueJobId(m),
          // Retries are the outbox's business (one mechanism for both transports), so BullMQ runs each job once.
          attempts: 1,
          // Kept for a day so that handing over the same attempt again is recognised and ignored.
          removeOnComplete: { age: 24 * 3600, count: 100_000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      })),
    );
  }
}
