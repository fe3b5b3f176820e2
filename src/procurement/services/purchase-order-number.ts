/** `PO-2026-00042`: the year the order was created and a database sequence number, at least 5 digits. */
export function formatPurchaseOrderNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`Not a sequence number: ${sequence}`);
  return `PO-${year}-${String(sequence).padStart(5, '0')}`;
}

export const PURCHASE_ORDER_NUMBER_PATTERN = /^PO-\d{4}-\d{5,}$/;
