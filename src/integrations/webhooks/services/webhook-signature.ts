import { createHmac, randomBytes } from 'node:crypto';

export const SIGNATURE_VERSION = 'v1';
export const USER_AGENT = 'wms-webhooks/1';

/** 32 random bytes, base64url: the HMAC key, used as the UTF-8 bytes of this string. */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** `v1=` + hex HMAC-SHA256 over `<timestamp>.<raw body>`; binding the timestamp stops replays of old bodies. */
export function signatureHeader(secret: string, timestamp: number, rawBody: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return `${SIGNATURE_VERSION}=${mac}`;
}

export interface WebhookEvent {
  id: string;
  type: string;
  occurredAt: Date;
  createdAt: Date;
  data: Record<string, unknown>;
}

/** The request body, as documented in docs/webhooks.md. */
export function webhookBody(event: WebhookEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    occurred_at: event.occurredAt.toISOString(),
    created_at: event.createdAt.toISOString(),
    data: event.data,
  });
}

/** Everything a receiver needs to verify and deduplicate one request. */
export function webhookHeaders(eventId: string, secret: string, rawBody: string, now = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'Content-Type': 'application/json',
    'User-Agent': USER_AGENT,
    'Webhook-Id': eventId,
    'Webhook-Timestamp': String(timestamp),
    'Webhook-Signature': signatureHeader(secret, timestamp, rawBody),
  };
}
