import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Transactions } from '../../../common/database/transactions.service';
import { DomainEvent } from '../../../common/events';
import { Environment } from '../../../config/environment';
import { WebhookDeliveryAttempt } from '../entities/webhook-delivery-attempt.entity';
import { DeliveryStatus, WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';
import { SendResult, sendWebhook } from './webhook-sender';
import { webhookBody, webhookHeaders } from './webhook-signature';

/** Thrown to make the outbox retry the delivery job later. */
export class WebhookAttemptFailed extends Error {
  override readonly name = 'WebhookAttemptFailed';
}

/** Makes one attempt of one delivery and records it. */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('Webhooks');

  constructor(
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
    @InjectRepository(WebhookSubscription) private readonly subscriptions: Repository<WebhookSubscription>,
    @InjectRepository(DomainEvent) private readonly events: Repository<DomainEvent>,
    private readonly transactions: Transactions,
    private readonly env: Environment,
  ) {}

  /**
   * `attempt` is the job's attempt number. A delivery that was delivered, or whose subscription
   * is gone, is left alone; a failed attempt throws so that the outbox retries it with backoff.
   */
  async attempt(deliveryId: string, attempt: number): Promise<void> {
    const delivery = await this.deliveries.findOneBy({ id: deliveryId });
    if (!delivery || delivery.status === DeliveryStatus.Delivered) return;
    const [subscription, event] = await Promise.all([
      this.subscriptions.findOneBy({ id: delivery.subscriptionId }),
      this.events.findOneBy({ id: delivery.eventId }),
    ]);
    if (!subscription || !event) return;
    if (!subscription.active) {
      await this.deliveries.update({ id: delivery.id, status: DeliveryStatus.Pending }, { status: DeliveryStatus.Failed, lastError: 'subscription was deactivated before delivery' });
      return;
    }

    const body = webhookBody(event);
    const result = await sendWebhook({
      url: subscription.url,
      headers: webhookHeaders(event.id, subscription.secret, body),
      body,
      timeoutMs: this.env.WEBHOOK_TIMEOUT_MS,
      allowPrivateTargets: this.env.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    });
    const delivered = result.status !== null && result.status >= 200 && result.status < 300;
    const final = !delivered && attempt >= delivery.maxAttempts;
    await this.record(delivery, attempt, result, delivered ? DeliveryStatus.Delivered : final ? DeliveryStatus.Failed : DeliveryStatus.Pending);
    if (delivered) return;
    this.logger.warn({ delivery: delivery.id, subscription: subscription.id, attempt, final }, `Webhook attempt failed: ${result.error}`);
    throw new WebhookAttemptFailed(`delivery ${delivery.id}, attempt ${attempt}: ${result.error}`);
  }

  private async record(delivery: WebhookDelivery, attempt: number, result: SendResult, status: DeliveryStatus): Promise<void> {
    await this.transactions.run(async (em) => {
      await em.insert(WebhookDeliveryAttempt, {
        deliveryId: delivery.id, attemptNo: attempt, startedAt: result.startedAt, durationMs: result.durationMs,
        responseStatus: result.status, error: result.error, responseBody: result.responseBody,
      });
      await em
        .createQueryBuilder()
        .update(WebhookDelivery)
        .set({
          attemptCount: () => 'attempt_count + 1',
          lastStatusCode: result.status,
          lastError: result.error,
          lastAttemptAt: result.startedAt,
          // A delivery that reached "delivered" in a concurrent run stays delivered.
          status: () => `CASE WHEN status = 'delivered' THEN status ELSE '${status}' END`,
          ...(status === DeliveryStatus.Delivered ? { deliveredAt: () => 'COALESCE(delivered_at, now())' } : {}),
        })
        .where('id = :id', { id: delivery.id })
        .execute();
    });
  }
}
