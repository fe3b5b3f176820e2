import { SelectQueryBuilder } from 'typeorm';
import { Actor } from '../../../identity';

/**
 * Whose subscriptions an actor manages: an admin user all of them, a partner key only its
 * partner's. Anything else is invisible to the key (404), so ids of other partners leak nothing.
 */
export function partnerScope(actor: Actor): string | null {
  return actor.kind === 'api_key' ? actor.partnerId : null;
}

/** Restricts a query over subscriptions (under `alias`) to those the actor manages. */
export function ownedBy<T extends object>(qb: SelectQueryBuilder<T>, alias: string, actor: Actor): SelectQueryBuilder<T> {
  const partnerId = partnerScope(actor);
  return partnerId ? qb.andWhere(`${alias}.partnerId = :ownerPartnerId`, { ownerPartnerId: partnerId }) : qb;
}
