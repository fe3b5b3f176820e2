import { AnyActor, actorLabel } from '../../identity';

/** Who did it, as stored beside milestones, ETA changes and scans. */
export function actorFields(actor: AnyActor): { actorType: string; actorId: string; actorLabel: string } {
  return { actorType: actor.kind, actorId: actor.id, actorLabel: actorLabel(actor) };
}

/** Serialises concurrent writers of the same keys (e.g. PO lines) until the transaction ends, in sorted order. */
export const ADVISORY_LOCK_SQL = 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))';
