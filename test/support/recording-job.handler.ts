import { Injectable, Module } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../../src/common/jobs';

/** A job handler for tests: records each run and fails on demand. */
@Injectable()
@HandlesJob('test.record')
export class RecordingJobHandler implements JobHandler<{ value: string }> {
  readonly runs: { value: string; attempt: number }[] = [];
  /** How many of the next runs throw. */
  failNext = 0;

  async handle(payload: { value: string }, context: JobContext): Promise<void> {
    this.runs.push({ value: payload.value, attempt: context.attempt });
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error(`planned failure of ${payload.value}`);
    }
  }
}

@Module({ providers: [RecordingJobHandler] })
export class RecordingJobModule {}
