import { IsEnum, IsOptional } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/http/pagination';
import { WebhookDeliveryAttempt } from '../entities/webhook-delivery-attempt.entity';
import { DeliveryStatus, WebhookDelivery } from '../entities/webhook-delivery.entity';

export class WebhookDeliveryQueryDto extends PageQueryDto {
  @IsOptional()
  @IsEnum(DeliveryStatus)
  status?: DeliveryStatus;
}

export class WebhookDeliveryDto {
  id: string;
  subscriptionId: string;
  /** Also the `Webhook-Id` header: the same for every delivery of the event. */
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attemptCount: number;
  maxAttempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  /** Set on a manual redelivery: the first delivery of the same event. */
  redeliveryOf: string | null;
  createdAt: Date;
}

export class WebhookDeliveryAttemptDto {
  attemptNo: number;
  startedAt: Date;
  durationMs: number;
  /** Null when no response came back (refused target, DNS, connection error, timeout). */
  responseStatus: number | null;
  error: string | null;
  /** The first 2 KB of the response body. */
  responseBody: string | null;
}

export class WebhookDeliveryDetailDto extends WebhookDeliveryDto {
  attempts: WebhookDeliveryAttemptDto[];
}

export class WebhookDeliveryPageDto extends PageOf(WebhookDeliveryDto) {}

export function toWebhookDeliveryDto(d: WebhookDelivery): WebhookDeliveryDto {
  return {
    id: d.id, subscriptionId: d.subscriptionId, eventId: d.eventId, eventType: d.eventType, status: d.status, attemptCount: d.attemptCount,
    maxAttempts: d.maxAttempts, lastStatusCode: d.lastStatusCode, lastError: d.lastError, lastAttemptAt: d.lastAttemptAt,
    deliveredAt: d.deliveredAt, redeliveryOf: d.redeliveryOf, createdAt: d.createdAt,
  };
}

export function toWebhookDeliveryDetailDto(d: WebhookDelivery, attempts: WebhookDeliveryAttempt[]): WebhookDeliveryDetailDto {
  return {
    ...toWebhookDeliveryDto(d),
    attempts: attempts.map((a) => ({
      attemptNo: a.attemptNo, startedAt: a.startedAt, durationMs: a.durationMs, responseStatus: a.responseStatus, error: a.error, responseBody: a.responseBody,
    })),
  };
}
