import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainEvent } from '../../common/events';
import { WebhookDeliveriesController } from './api/webhook-deliveries.controller';
import { WebhookSubscriptionsController } from './api/webhook-subscriptions.controller';
import { WebhookDeliveryAttempt } from './entities/webhook-delivery-attempt.entity';
import { WebhookDelivery } from './entities/webhook-delivery.entity';
import { WebhookSubscription } from './entities/webhook-subscription.entity';
import { DeliverWebhookHandler } from './jobs/deliver-webhook.handler';
import { DispatchEventHandler } from './jobs/dispatch-event.handler';
import { WebhookDeliveryLogService } from './services/webhook-delivery-log.service';
import { WebhookDeliveryService } from './services/webhook-delivery.service';
import { WebhookFanoutService } from './services/webhook-fanout.service';
import { WebhookSubscriptionService } from './services/webhook-subscription.service';

/** Outgoing signed webhooks: subscriptions, fan-out of domain events, delivery with retries, the delivery log. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookSubscription, WebhookDelivery, WebhookDeliveryAttempt, DomainEvent])],
  controllers: [WebhookSubscriptionsController, WebhookDeliveriesController],
  providers: [
    WebhookSubscriptionService,
    WebhookFanoutService,
    WebhookDeliveryService,
    WebhookDeliveryLogService,
    DispatchEventHandler,
    DeliverWebhookHandler,
  ],
  exports: [WebhookSubscriptionService, WebhookDeliveryLogService],
})
export class WebhooksModule {}
