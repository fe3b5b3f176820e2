/** Normalized tracking statuses (reference §8); carriers' own codes are kept beside them. */
export enum TrackingStatus {
  PreTransit = 'pre_transit',
  InTransit = 'in_transit',
  OutForDelivery = 'out_for_delivery',
  AvailableForPickup = 'available_for_pickup',
  Delivered = 'delivered',
  ReturnToSender = 'return_to_sender',
  Failure = 'failure',
  Exception = 'exception',
  Cancelled = 'cancelled',
  Unknown = 'unknown',
}

export const TRACKING_STATUSES = Object.values(TrackingStatus);

export interface CurrentTracking {
  status: TrackingStatus | null;
  at: Date | null;
}

const S = TrackingStatus;

/** States the parcel does not leave on a later scan, except where `FINAL_EXITS` says. */
const FINAL_EXITS: Partial<Record<TrackingStatus, TrackingStatus[]>> = {
  // A delivered parcel may still be refused and sent back.
  [S.Delivered]: [S.ReturnToSender],
  [S.ReturnToSender]: [],
  [S.Cancelled]: [],
};

/**
 * Whether an event moves the parcel's status. Events arrive late and out of order: an event older
 * than the current status never replaces it, and final states are left only by their exits
 * (delivered stays delivered unless the parcel is returned to its sender). `unknown` says nothing.
 */
export function movesStatus(current: CurrentTracking, event: { status: TrackingStatus; occurredAt: Date }): boolean {
  if (event.status === S.Unknown) return false;
  if (!current.status || !current.at) return true;
  const exits = FINAL_EXITS[current.status];
  if (exits) return exits.includes(event.status);
  return event.occurredAt.getTime() >= current.at.getTime();
}

/** Statuses that tell the shop and the warehouse something went wrong. */
export const EXCEPTION_STATUSES: readonly TrackingStatus[] = [S.Exception, S.Failure, S.ReturnToSender];
