/** Sends one webhook delivery; payload `{ deliveryId }`, business key `delivery.<id>`. */
export const DELIVER_WEBHOOK_JOB = 'webhooks.deliver';

export interface DeliverWebhookPayload {
  deliveryId: string;
  [key: string]: string;
}

export const deliveryJobKey = (deliveryId: string) => `delivery.${deliveryId}`;
