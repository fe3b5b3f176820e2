export { HandlesJob, JobContext, JobHandler } from './job-handler.decorator';
export { JobsModule, JobsOptions } from './jobs.module';
export { NewJob, OutboxService } from './outbox.service';
export { OutboxStatus } from './outbox-message.entity';
