import { StateMachine } from '../../common/state-machine';

export enum LabelStatus {
  /** Printed and valid: the parcel waits for the carrier. */
  Active = 'active',
  /** Handed over on an end-of-day manifest; can no longer be voided. */
  Manifested = 'manifested',
  /** Cancelled; kept as history, and the parcel may get a new label. */
  Voided = 'voided',
}

export const LABEL_STATUSES = Object.values(LabelStatus);

export type LabelAction = 'void' | 'manifest';

const S = LabelStatus;

export const shipmentLabelLifecycle = new StateMachine<LabelStatus, LabelAction>('shipment label', 'LABEL_ILLEGAL_TRANSITION', {
  void: { from: [S.Active], to: S.Voided },
  manifest: { from: [S.Active], to: S.Manifested },
});
