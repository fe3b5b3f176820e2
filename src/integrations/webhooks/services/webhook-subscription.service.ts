import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../../../common/errors';
import { Page, PageQueryDto, paginate, parseSort } from '../../../common/http/pagination';
import { Environment } from '../../../config/environment';
import { Actor, actorLabel, PartnerService } from '../../../identity';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';
import { partnerNotOwn, partnerUnknown, subscriptionNotFound, targetRefused } from '../webhooks.errors';
import { ownedBy, partnerScope } from './webhook-owner';
import { checkTarget } from './target-guard';
import { newWebhookSecret } from './webhook-signature';

export interface NewSubscription {
  url: string;
  eventTypes: string[];
  description?: string | null;
  active?: boolean;
  /** Admins only: subscribe on a partner's behalf. */
  partnerId?: string | null;
}

export type SubscriptionChanges = Partial<Pick<WebhookSubscription, 'url' | 'eventTypes' | 'description' | 'active'>>;

export interface SubscriptionQuery extends PageQueryDto {
  active?: boolean;
}

@Injectable()
export class WebhookSubscriptionService {
  constructor(
    @InjectRepository(WebhookSubscription) private readonly subscriptions: Repository<WebhookSubscription>,
    private readonly partners: PartnerService,
    private readonly env: Environment,
  ) {}

  /** Returns the subscription with its secret, which no other read returns. */
  async create(input: NewSubscription, actor: Actor): Promise<WebhookSubscription> {
    const partnerId = await this.ownerFor(input.partnerId, actor);
    await this.assertTargetAllowed(input.url);
    return this.subscriptions.save(
      this.subscriptions.create({
        url: input.url, eventTypes: unique(input.eventTypes), description: input.description ?? null, active: input.active ?? true,
        partnerId, secret: newWebhookSecret(), createdBy: actorLabel(actor),
      }),
    );
  }

  list(query: SubscriptionQuery, actor: Actor): Promise<Page<WebhookSubscription>> {
    const qb = ownedBy(this.subscriptions.createQueryBuilder('s'), 's', actor);
    if (query.active !== undefined) qb.andWhere('s.active = :active', { active: query.active });
    return paginate(qb, parseSort(undefined, { createdAt: 'createdAt' }, 's', '-createdAt'), query);
  }

  async get(id: string, actor: Actor): Promise<WebhookSubscription> {
    const subscription = await ownedBy(this.subscriptions.createQueryBuilder('s'), 's', actor).andWhere('s.id = :id', { id }).getOne();
    if (!subscription) throw subscriptionNotFound(id);
    return subscription;
  }

  async update(id: string, changes: SubscriptionChanges, actor: Actor): Promise<WebhookSubscription> {
    const subscription = await this.get(id, actor);
    if (changes.url !== undefined && changes.url !== subscription.url) await this.assertTargetAllowed(changes.url);
    if (changes.eventTypes) changes = { ...changes, eventTypes: unique(changes.eventTypes) };
    return this.subscriptions.save(Object.assign(subscription, changes));
  }

  /** Deletes the subscription with its delivery log; pending deliveries are then dropped. */
  async remove(id: string, actor: Actor): Promise<void> {
    const subscription = await this.get(id, actor);
    await this.subscriptions.delete({ id: subscription.id });
  }

  /** A new secret, effective for the next request sent; the old one stops working at once. */
  async rotateSecret(id: string, actor: Actor): Promise<WebhookSubscription> {
    const subscription = await this.get(id, actor);
    subscription.secret = newWebhookSecret();
    return this.subscriptions.save(subscription);
  }

  private async assertTargetAllowed(url: string): Promise<void> {
    const verdict = await checkTarget(url, this.env.WEBHOOK_ALLOW_PRIVATE_TARGETS);
    if (!verdict.allowed) throw targetRefused(verdict.rule);
  }

  private async ownerFor(requested: string | null | undefined, actor: Actor): Promise<string | null> {
    const own = partnerScope(actor);
    if (own) {
      if (requested && requested !== own) throw partnerNotOwn();
      return own;
    }
    if (!requested) return null;
    try {
      return (await this.partners.get(requested)).id;
    } catch (error) {
      if (error instanceof DomainError && error.status === 404) throw partnerUnknown(requested);
      throw error;
    }
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
