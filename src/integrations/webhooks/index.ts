export { WebhooksModule } from './webhooks.module';
export {
  CreateWebhookSubscriptionDto, UpdateWebhookSubscriptionDto, WebhookSubscriptionDto, WebhookSubscriptionWithSecretDto, toWebhookSubscriptionDto,
} from './api/webhook-subscription.dto';
export { WebhookDeliveryDetailDto, WebhookDeliveryDto, toWebhookDeliveryDto } from './api/webhook-delivery.dto';
export { DeliveryStatus } from './entities/webhook-delivery.entity';
export { DELIVER_WEBHOOK_JOB } from './jobs/webhook-jobs';
export { WebhookSubscriptionService } from './services/webhook-subscription.service';
export type { NewSubscription, SubscriptionChanges } from './services/webhook-subscription.service';
export { WebhookDeliveryLogService } from './services/webhook-delivery-log.service';
export { checkTarget } from './services/target-guard';
export type { TargetVerdict } from './services/target-guard';
export { SIGNATURE_VERSION, USER_AGENT, signatureHeader } from './services/webhook-signature';
