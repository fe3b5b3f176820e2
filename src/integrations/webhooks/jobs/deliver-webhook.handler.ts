import { Injectable } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../../../common/jobs';
import { WebhookDeliveryService } from '../services/webhook-delivery.service';
import { DELIVER_WEBHOOK_JOB, DeliverWebhookPayload } from './webhook-jobs';

/** One attempt of one webhook delivery; the outbox's retries are the delivery's retries. */
@Injectable()
@HandlesJob(DELIVER_WEBHOOK_JOB)
export class DeliverWebhookHandler implements JobHandler<DeliverWebhookPayload> {
  constructor(private readonly deliveries: WebhookDeliveryService) {}

  async handle({ deliveryId }: DeliverWebhookPayload, context: JobContext): Promise<void> {
    await this.deliveries.attempt(deliveryId, context.attempt);
  }
}
