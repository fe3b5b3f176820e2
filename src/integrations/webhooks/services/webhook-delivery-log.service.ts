import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Transactions } from '../../../common/database/transactions.service';
import { Page, PageQueryDto, paginate, parseSort } from '../../../common/http/pagination';
import { Environment } from '../../../config/environment';
import { Actor } from '../../../identity';
import { WebhookDeliveryAttempt } from '../entities/webhook-delivery-attempt.entity';
import { DeliveryStatus, WebhookDelivery } from '../entities/webhook-delivery.entity';
import { deliveryNotFound, subscriptionInactive } from '../webhooks.errors';
import { ownedBy } from './webhook-owner';
import { WebhookFanoutService } from './webhook-fanout.service';
import { WebhookSubscriptionService } from './webhook-subscription.service';

export interface DeliveryQuery extends PageQueryDto {
  status?: DeliveryStatus;
}

/** The delivery log as subscribers see it, and manual redelivery. */
@Injectable()
export class WebhookDeliveryLogService {
  constructor(
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
    @InjectRepository(WebhookDeliveryAttempt) private readonly attempts: Repository<WebhookDeliveryAttempt>,
    private readonly subscriptions: WebhookSubscriptionService,
    private readonly fanout: WebhookFanoutService,
    private readonly transactions: Transactions,
    private readonly env: Environment,
  ) {}

  /** Newest first. */
  async list(subscriptionId: string, query: DeliveryQuery, actor: Actor): Promise<Page<WebhookDelivery>> {
    await this.subscriptions.get(subscriptionId, actor);
    const qb = this.deliveries.createQueryBuilder('d').where('d.subscriptionId = :subscriptionId', { subscriptionId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    return paginate(qb, parseSort(undefined, { createdAt: 'createdAt' }, 'd', '-createdAt'), query);
  }

  async get(id: string, actor: Actor): Promise<{ delivery: WebhookDelivery; attempts: WebhookDeliveryAttempt[] }> {
    const delivery = await this.find(id, actor);
    const attempts = await this.attempts.find({ where: { deliveryId: id }, order: { attemptNo: 'ASC', id: 'ASC' } });
    return { delivery, attempts };
  }

  /**
   * Sends the event to the subscription again, as a new delivery with attempts of its own, with
   * the subscription's current URL and secret. The original keeps its log; every redelivery points
   * at the first delivery of the event.
   */
  async redeliver(id: string, actor: Actor): Promise<WebhookDelivery> {
    const original = await this.find(id, actor);
    const subscription = await this.subscriptions.get(original.subscriptionId, actor);
    if (!subscription.active) throw subscriptionInactive(subscription.id);
    return this.transactions.run(async (em) => {
      const copy = await em.save(em.create(WebhookDelivery, {
        subscriptionId: original.subscriptionId, eventId: original.eventId, eventType: original.eventType, status: DeliveryStatus.Pending,
        maxAttempts: this.env.WEBHOOK_MAX_ATTEMPTS, redeliveryOf: original.redeliveryOf ?? original.id,
      }));
      await this.fanout.enqueue(em, copy);
      return copy;
    });
  }

  private async find(id: string, actor: Actor): Promise<WebhookDelivery> {
    const qb = this.deliveries.createQueryBuilder('d').innerJoin('d.subscription', 's').where('d.id = :id', { id });
    const delivery = await ownedBy(qb, 's', actor).getOne();
    if (!delivery) throw deliveryNotFound(id);
    return delivery;
  }
}
