import { AnyActor, actorLabel } from '../../identity';

/** Who did it, as stored beside milestones, ETA changes and scans. */
export function actorFields(actor: AnyActor): { actorType: string; actorId: string; actorLabel: string } {
  return { actorType: actor.kind, actorId: actor.id, actorLabel: actorLabel(actor) };
}
