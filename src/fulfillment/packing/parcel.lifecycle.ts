import { StateMachine } from '../../common/state-machine';

export enum ParcelStatus {
  /** On the bench, being filled. */
  Open = 'open',
  /** Weighed and sealed: ready for its label and customs documents. */
  Closed = 'closed',
  /** Handed to the carrier: its stock has left the warehouse. */
  Shipped = 'shipped',
  /** The carrier reported it delivered. */
  Delivered = 'delivered',
}

export const PARCEL_STATUSES = Object.values(ParcelStatus);

export type ParcelAction = 'add_items' | 'close' | 'ship' | 'deliver';

const S = ParcelStatus;

/** A closed parcel is final: re-packing means a new parcel, so labels never describe a changed box. */
export const parcelLifecycle = new StateMachine<ParcelStatus, ParcelAction>('parcel', 'PARCEL_ILLEGAL_TRANSITION', {
  add_items: { from: [S.Open], to: S.Open },
  close: { from: [S.Open], to: S.Closed },
  ship: { from: [S.Closed], to: S.Shipped },
  deliver: { from: [S.Shipped], to: S.Delivered },
});

/** Parcels whose contents were packed (and may have left): what an order sent out. */
export const PACKED_PARCEL_STATUSES: readonly ParcelStatus[] = [S.Closed, S.Shipped, S.Delivered];
