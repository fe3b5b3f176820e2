import { formatPurchaseOrderNumber, PURCHASE_ORDER_NUMBER_PATTERN } from './purchase-order-number';

describe('formatPurchaseOrderNumber', () => {
  it('pads the sequence to five digits after the year', () => {
    expect(formatPurchaseOrderNumber(2026, 1)).toBe('PO-2026-00001');
    expect(formatPurchaseOrderNumber(2026, 12345)).toBe('PO-2026-12345');
  });

  it('grows past 99999 instead of wrapping', () => {
    expect(formatPurchaseOrderNumber(2027, 123456)).toBe('PO-2027-123456');
    expect(PURCHASE_ORDER_NUMBER_PATTERN.test('PO-2027-123456')).toBe(true);
  });

  it('refuses a sequence value that is not a positive integer', () => {
    expect(() => formatPurchaseOrderNumber(2026, 0)).toThrow();
    expect(() => formatPurchaseOrderNumber(2026, 1.5)).toThrow();
  });
});
