import { StateMachine, Transition } from '../../common/state-machine';

export enum ShipmentStatus {
  Booked = 'booked',
  CargoReady = 'cargo_ready',
  Departed = 'departed',
  ArrivedPort = 'arrived_port',
  CustomsCleared = 'customs_cleared',
  OutForDelivery = 'out_for_delivery',
  DeliveredToWarehouse = 'delivered_to_warehouse',
  Receiving = 'receiving',
  Received = 'received',
  Cancelled = 'cancelled',
}

export const SHIPMENT_STATUSES = Object.values(ShipmentStatus);

const S = ShipmentStatus;

/** The milestones a forwarder (or logistics staff) reports, in the order they happen. */
export const TRANSPORT_MILESTONES = [
  S.Booked, S.CargoReady, S.Departed, S.ArrivedPort, S.CustomsCleared, S.OutForDelivery, S.DeliveredToWarehouse,
] as const;

export type TransportMilestone = (typeof TRANSPORT_MILESTONES)[number];

/** Milestones that can be reported after booking: every transport milestone except the first. */
export type ReportableMilestone = `${Exclude<TransportMilestone, ShipmentStatus.Booked>}`;
export const REPORTABLE_MILESTONES = TRANSPORT_MILESTONES.slice(1) as readonly string[] as readonly ReportableMilestone[];

/** In transit: the goods have left the origin and are not at the warehouse yet. */
export const IN_TRANSIT_STATUSES: readonly ShipmentStatus[] = [S.Departed, S.ArrivedPort, S.CustomsCleared, S.OutForDelivery];

/** Not delivered yet and not cancelled: an ETA still matters. */
export const EXPECTED_STATUSES: readonly ShipmentStatus[] = [S.Booked, S.CargoReady, ...IN_TRANSIT_STATUSES];

export type ShipmentAction = ReportableMilestone | 'start_receiving' | 'finish_receiving' | 'cancel_receiving' | 'cancel';

/**
 * Each transport milestone may be reached from any earlier one: forwarders often skip a step
 * (no separate `cargo_ready` for an air shipment), but never go back. Receiving is driven by the
 * receipt, not by anyone reporting it. docs/inbound.md draws the table.
 */
function milestoneTransitions(): Record<ReportableMilestone, Transition<ShipmentStatus>> {
  const transitions = {} as Record<ReportableMilestone, Transition<ShipmentStatus>>;
  REPORTABLE_MILESTONES.forEach((milestone, i) => {
    transitions[milestone] = { from: TRANSPORT_MILESTONES.slice(0, i + 1), to: milestone as ShipmentStatus };
  });
  return transitions;
}

export const shipmentLifecycle = new StateMachine<ShipmentStatus, ShipmentAction>('inbound shipment', 'SHIPMENT_ILLEGAL_TRANSITION', {
  ...milestoneTransitions(),
  start_receiving: { from: [S.DeliveredToWarehouse], to: S.Receiving },
  finish_receiving: { from: [S.Receiving], to: S.Received },
  cancel_receiving: { from: [S.Receiving], to: S.DeliveredToWarehouse },
  cancel: { from: [S.Booked, S.CargoReady, ...IN_TRANSIT_STATUSES], to: S.Cancelled },
});

export function isReportableMilestone(value: string): value is ReportableMilestone {
  return (REPORTABLE_MILESTONES as readonly string[]).includes(value);
}
