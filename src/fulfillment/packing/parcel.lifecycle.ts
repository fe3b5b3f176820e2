import { StateMachine } from '../../common/state-machine';

export enum ParcelStatus {
  /** On the bench, being filled. */
  Open = 'open',
  /** Weighed and sealed: ready for its label and customs documents. */
  Closed = 'closed',
}

export const PARCEL_STATUSES = Object.values(ParcelStatus);

export type ParcelAction = 'add_items' | 'close';

const S = ParcelStatus;

/** A closed parcel is final: re-packing means a new parcel, so labels never describe a changed box. */
export const parcelLifecycle = new StateMachine<ParcelStatus, ParcelAction>('parcel', 'PARCEL_ILLEGAL_TRANSITION', {
  add_items: { from: [S.Open], to: S.Open },
  close: { from: [S.Open], to: S.Closed },
});
