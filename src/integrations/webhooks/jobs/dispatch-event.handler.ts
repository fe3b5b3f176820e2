import { Injectable } from '@nestjs/common';
import { DISPATCH_EVENT_JOB } from '../../../common/events';
import { HandlesJob, JobHandler } from '../../../common/jobs';
import { WebhookFanoutService } from '../services/webhook-fanout.service';

/** Fans a published domain event out to the webhook subscriptions that want it. */
@Injectable()
@HandlesJob(DISPATCH_EVENT_JOB)
export class DispatchEventHandler implements JobHandler<{ eventId: string }> {
  constructor(private readonly fanout: WebhookFanoutService) {}

  async handle({ eventId }: { eventId: string }): Promise<void> {
    await this.fanout.fanOut(eventId);
  }
}
