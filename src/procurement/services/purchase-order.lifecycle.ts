import { StateMachine } from '../../common/state-machine';

export enum PurchaseOrderStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Approved = 'approved',
  Sent = 'sent',
  Confirmed = 'confirmed',
  PartiallyReceived = 'partially_received',
  Received = 'received',
  Closed = 'closed',
  Cancelled = 'cancelled',
}

export const PURCHASE_ORDER_STATUSES = Object.values(PurchaseOrderStatus);

export type PurchaseOrderAction =
  | 'edit'
  | 'submit'
  | 'approve'
  | 'reject'
  | 'send'
  | 'confirm'
  | 'revise'
  | 'receive_partially'
  | 'receive_fully'
  | 'close'
  | 'cancel';

const S = PurchaseOrderStatus;

/**
 * The purchase-order lifecycle; docs/purchase-orders.md draws it. A rejection sends the order back
 * to `draft` (the reason stays in its history) instead of parking it in a `rejected` state, so the
 * buyer can fix and resubmit it without an extra step. Receipts exist only from `confirmed` on,
 * and revisions only before the first receipt, so "cancel only with no receipts" follows from the
 * table alone.
 */
export const purchaseOrderLifecycle = new StateMachine<PurchaseOrderStatus, PurchaseOrderAction>('purchase order', 'PO_ILLEGAL_TRANSITION', {
  edit: { from: [S.Draft], to: S.Draft },
  submit: { from: [S.Draft], to: S.Submitted },
  approve: { from: [S.Submitted], to: S.Approved },
  reject: { from: [S.Submitted], to: S.Draft },
  send: { from: [S.Approved], to: S.Sent },
  confirm: { from: [S.Sent], to: S.Confirmed },
  revise: { from: [S.Sent, S.Confirmed], to: S.Sent },
  receive_partially: { from: [S.Confirmed, S.PartiallyReceived], to: S.PartiallyReceived },
  receive_fully: { from: [S.Confirmed, S.PartiallyReceived], to: S.Received },
  close: { from: [S.Received, S.PartiallyReceived], to: S.Closed },
  cancel: { from: [S.Draft, S.Submitted, S.Approved, S.Sent, S.Confirmed], to: S.Cancelled },
});

/** Actions done by the system, not through an endpoint of their own (receiving calls `recordReceipt`). */
const SYSTEM_ACTIONS: ReadonlySet<PurchaseOrderAction> = new Set(['receive_partially', 'receive_fully']);

/** What a user can do next, as offered in the purchase-order view. */
export function userActions(status: PurchaseOrderStatus): PurchaseOrderAction[] {
  return purchaseOrderLifecycle.allowedActions(status).filter((a) => !SYSTEM_ACTIONS.has(a));
}

/** States in which goods are still expected: they count for open quantities and lateness. */
export const OPEN_STATUSES: readonly PurchaseOrderStatus[] = [S.Approved, S.Sent, S.Confirmed, S.PartiallyReceived];

/** States a supplier sees its orders in: from the moment they were sent. */
export const SENT_STATUSES: readonly PurchaseOrderStatus[] = [S.Sent, S.Confirmed, S.PartiallyReceived, S.Received, S.Closed, S.Cancelled];
