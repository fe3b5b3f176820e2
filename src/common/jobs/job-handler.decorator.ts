import { SetMetadata } from '@nestjs/common';

export const JOB_HANDLER_METADATA = 'wms:job-handler';

/** Marks a provider as the handler of one job name. It must implement `JobHandler`. */
export const HandlesJob = (jobName: string) => SetMetadata(JOB_HANDLER_METADATA, jobName);

export interface JobContext {
  outboxId: string;
  attempt: number;
  businessKey: string;
}

/**
 * Runs one job. It may run more than once (at-least-once delivery), so it must be idempotent:
 * load state by the ids in the payload and do nothing if the work is already done.
 */
export interface JobHandler<P = Record<string, unknown>> {
  handle(payload: P, context: JobContext): Promise<void>;
}
