import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DispatchedMessage, JobTransport } from './job-transport';
import { queueJobId } from './outbox-message.entity';

export const JOBS_QUEUE = 'jobs';

/**
 * While Redis is unreachable BullMQ waits for it indefinitely; the relay gives up after this and
 * leaves the rows in the outbox. A hand-over that still lands later is harmless: the job id is the
 * same as that of the next hand-over of the same attempt.
 */
const REDIS_TIMEOUT_MS = 3000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

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

  async ping(): Promise<void> {
    // A real round trip to Redis, through BullMQ's own client abstraction.
    await withTimeout(this.queue.getJobCounts('waiting'), REDIS_TIMEOUT_MS);
  }

  async dispatch(messages: DispatchedMessage[]): Promise<void> {
    await withTimeout(this.queue.addBulk(
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
    ), REDIS_TIMEOUT_MS);
  }
}
