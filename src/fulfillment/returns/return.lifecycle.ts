import { StateMachine } from '../../common/state-machine';

export enum ReturnStatus {
  /** The customer may send the goods back. */
  Authorized = 'authorized',
  /** Every authorized unit came in and has a disposition. */
  Received = 'received',
  /** Finished; nothing more is expected. */
  Closed = 'closed',
}

export const RETURN_STATUSES = Object.values(ReturnStatus);

export type ReturnAction = 'receive_items' | 'complete_receipt' | 'close';

const S = ReturnStatus;

/**
 * Closing straight from `authorized` covers customers who send back less than announced (or
 * nothing): the units never received are no longer expected and may be authorized again.
 */
export const returnLifecycle = new StateMachine<ReturnStatus, ReturnAction>('return', 'RETURN_ILLEGAL_TRANSITION', {
  receive_items: { from: [S.Authorized], to: S.Authorized },
  complete_receipt: { from: [S.Authorized], to: S.Received },
  close: { from: [S.Authorized, S.Received], to: S.Closed },
});

export enum ReturnReason {
  WrongSize = 'wrong_size',
  Damaged = 'damaged',
  NotAsDescribed = 'not_as_described',
  ChangedMind = 'changed_mind',
  Defective = 'defective',
  Other = 'other',
}

export const RETURN_REASONS = Object.values(ReturnReason);

/** What the dock does with a returned unit. */
export enum ReturnDisposition {
  /** Sellable again: into a storage or pick-face bin. */
  Restock = 'restock',
  /** Held for inspection in the warehouse's quarantine bin. */
  Quarantine = 'quarantine',
  /** Thrown away; recorded, but never stock. */
  Scrap = 'scrap',
}

export const RETURN_DISPOSITIONS = Object.values(ReturnDisposition);
