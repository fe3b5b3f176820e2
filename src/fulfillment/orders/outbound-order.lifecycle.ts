import { StateMachine } from '../../common/state-machine';

export enum OutboundOrderStatus {
  Received = 'received',
  Allocated = 'allocated',
  Backordered = 'backordered',
  Picking = 'picking',
  Picked = 'picked',
  Packed = 'packed',
  Shipped = 'shipped',
  Delivered = 'delivered',
  Cancelled = 'cancelled',
  Returned = 'returned',
}

export const OUTBOUND_ORDER_STATUSES = Object.values(OutboundOrderStatus);

export type OutboundOrderAction =
  | 'allocate'
  | 'backorder'
  | 'start_picking'
  | 'complete_picking'
  | 'pack'
  | 'ship'
  | 'deliver'
  | 'cancel'
  | 'return';

const S = OutboundOrderStatus;

/**
 * The outbound-order lifecycle; docs/fulfillment.md draws it. `backorder` is allowed from
 * `allocated` and `picking` because a confirmed short pick can leave an order without stock after
 * it was allocated. Cancelling is refused from `picking` on: goods may already be in a tote.
 */
export const outboundOrderLifecycle = new StateMachine<OutboundOrderStatus, OutboundOrderAction>('outbound order', 'ORDER_ILLEGAL_TRANSITION', {
  allocate: { from: [S.Received, S.Backordered], to: S.Allocated },
  backorder: { from: [S.Received, S.Backordered, S.Allocated, S.Picking], to: S.Backordered },
  start_picking: { from: [S.Allocated], to: S.Picking },
  complete_picking: { from: [S.Picking], to: S.Picked },
  pack: { from: [S.Picked], to: S.Packed },
  ship: { from: [S.Packed], to: S.Shipped },
  deliver: { from: [S.Shipped], to: S.Delivered },
  cancel: { from: [S.Received, S.Allocated, S.Backordered], to: S.Cancelled },
  return: { from: [S.Shipped, S.Delivered], to: S.Returned },
});

/** States whose requirements still wait for stock or for picking: allocation may act on them. */
export const ALLOCATABLE_STATUSES: readonly OutboundOrderStatus[] = [S.Received, S.Backordered, S.Allocated, S.Picking];
