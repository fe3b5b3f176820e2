import { Injectable } from '@nestjs/common';
import { JobRunner } from './job-runner.service';
import { DispatchedMessage, JobTransport } from './job-transport';

/** Single-machine default: runs the jobs right here, with the same runner the BullMQ worker uses. */
@Injectable()
export class InProcessTransport extends JobTransport {
  readonly name = 'in-process' as const;

  constructor(private readonly runner: JobRunner) {
    super();
  }

  async ping(): Promise<void> {
    // Nothing outside this process to check.
  }

  async dispatch(messages: DispatchedMessage[]): Promise<void> {
    await Promise.all(messages.map((m) => this.runner.run(m.id)));
  }
}
