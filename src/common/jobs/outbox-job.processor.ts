import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JOBS_QUEUE, QueuedJobData } from './bullmq.transport';
import { JobRunner } from './job-runner.service';

/** BullMQ worker: the queue carries only the outbox id; the runner does the rest. */
@Processor(JOBS_QUEUE, { concurrency: 5 })
export class OutboxJobProcessor extends WorkerHost {
  constructor(private readonly runner: JobRunner) {
    super();
  }

  private readonly logger = new Logger('OutboxJobProcessor');

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Redis: ${error.message}`);
  }

  async process(job: Job<QueuedJobData>): Promise<string> {
    return this.runner.run(job.data.outboxId);
  }
}
