import { StateMachine } from '../../common/state-machine';

export enum ReceiptStatus {
  Open = 'open',
  Closed = 'closed',
  Cancelled = 'cancelled',
}

export const RECEIPT_STATUSES = Object.values(ReceiptStatus);

export type ReceiptAction = 'scan' | 'close' | 'cancel';

/** Scans are taken while open; closing posts the stock, cancelling throws the scans away. */
export const receiptLifecycle = new StateMachine<ReceiptStatus, ReceiptAction>('receipt', 'RECEIPT_ILLEGAL_TRANSITION', {
  scan: { from: [ReceiptStatus.Open], to: ReceiptStatus.Open },
  close: { from: [ReceiptStatus.Open], to: ReceiptStatus.Closed },
  cancel: { from: [ReceiptStatus.Open], to: ReceiptStatus.Cancelled },
});
