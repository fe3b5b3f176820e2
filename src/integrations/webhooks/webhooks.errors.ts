import { ConflictError, NotFoundError, UnprocessableError } from '../../common/errors';

/** Another partner's subscription or delivery is reported as missing, never as forbidden. */
export const subscriptionNotFound = (id: string) => new NotFoundError('webhook_subscription', id);
export const deliveryNotFound = (id: string) => new NotFoundError('webhook_delivery', id);

export const targetRefused = (rule: string) =>
  new UnprocessableError('WEBHOOK_TARGET_REFUSED', `The webhook URL is refused: ${rule}.`, [{ field: 'url', message: rule }]);

export const partnerUnknown = (partnerId: string) =>
  new UnprocessableError('WEBHOOK_PARTNER_UNKNOWN', `No partner with id ${partnerId}.`, [{ field: 'partnerId', message: `partnerId ${partnerId} names no partner` }]);

export const partnerNotOwn = () =>
  new UnprocessableError('WEBHOOK_PARTNER_NOT_OWN', 'A partner key can only subscribe for its own partner.', [
    { field: 'partnerId', message: 'partnerId must be left out or be your own partner id' },
  ]);

export const subscriptionInactive = (id: string) =>
  new ConflictError('WEBHOOK_SUBSCRIPTION_INACTIVE', `Webhook subscription ${id} is inactive; activate it before redelivering.`, { subscriptionId: id });
