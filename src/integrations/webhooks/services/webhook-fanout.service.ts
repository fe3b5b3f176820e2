import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Transactions } from '../../../common/database/transactions.service';
import { DomainError } from '../../../common/errors';
import { DomainEvent } from '../../../common/events';
import { OutboxService } from '../../../common/jobs';
import { Environment } from '../../../config/environment';
import { PartnerService } from '../../../identity';
import { DeliveryStatus, WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';
import { DELIVER_WEBHOOK_JOB, deliveryJobKey } from '../jobs/webhook-jobs';

/**
 * Turns one published event into one delivery per matching subscription, each with its own job,
 * so a slow or failing receiver never holds up the others.
 */
@Injectable()
export class WebhookFanoutService {
  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: OutboxService,
    private readonly env: Environment,
    private readonly partners: PartnerService,
  ) {}

  /** Safe to run again for the same event: the unique first delivery per (subscription, event) stays one. */
  async fanOut(eventId: string): Promise<number> {
    return this.transactions.run(async (em) => {
      const event = await em.findOneBy(DomainEvent, { id: eventId });
      if (!event) return 0;
      const subscriptions = await this.withActivePartner(await this.matching(em, event));
      if (subscriptions.length === 0) return 0;
      await em
        .createQueryBuilder()
        .insert()
        .into(WebhookDelivery)
        .values(subscriptions.map((s) => ({
          subscriptionId: s.id, eventId: event.id, eventType: event.type, status: DeliveryStatus.Pending, maxAttempts: this.env.WEBHOOK_MAX_ATTEMPTS,
        })))
        .orIgnore()
        .execute();
      const deliveries = await em
        .createQueryBuilder(WebhookDelivery, 'd')
        .where('d.eventId = :eventId AND d.redeliveryOf IS NULL AND d.subscriptionId IN (:...ids)', { eventId: event.id, ids: subscriptions.map((s) => s.id) })
        .getMany();
      for (const delivery of deliveries) await this.enqueue(em, delivery);
      return deliveries.length;
    });
  }

  /** Writes the job of a delivery in the caller's transaction. */
  async enqueue(em: EntityManager, delivery: WebhookDelivery): Promise<void> {
    await this.outbox.enqueue(em, {
      job: DELIVER_WEBHOOK_JOB, key: deliveryJobKey(delivery.id), payload: { deliveryId: delivery.id }, maxAttempts: delivery.maxAttempts,
    });
  }

  /**
   * Active subscriptions to the event's type: operator subscriptions always, a partner's only when
   * the event names that partner. A subscription gets the events recorded after it was created,
   * not a backlog of older ones still waiting in the outbox.
   */
  private matching(em: EntityManager, event: DomainEvent): Promise<WebhookSubscription[]> {
    return em
      .createQueryBuilder(WebhookSubscription, 's')
      .where('s.active')
      .andWhere(':type = ANY(s.eventTypes)', { type: event.type })
      .andWhere('(s.partnerId IS NULL OR s.partnerId = ANY(:partnerIds::uuid[]))', { partnerIds: event.partnerIds })
      .andWhere('s.createdAt <= :createdAt', { createdAt: event.createdAt })
      .orderBy('s.createdAt')
      .getMany();
  }

  /** A disabled partner's keys stop working; its webhooks stop with them. */
  private async withActivePartner(subscriptions: WebhookSubscription[]): Promise<WebhookSubscription[]> {
    const active = new Set<string>();
    for (const partnerId of new Set(subscriptions.map((s) => s.partnerId).filter((id): id is string => !!id))) {
      try {
        if ((await this.partners.get(partnerId)).active) active.add(partnerId);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error; // a deleted partner gets nothing
      }
    }
    return subscriptions.filter((s) => !s.partnerId || active.has(s.partnerId));
  }
}
