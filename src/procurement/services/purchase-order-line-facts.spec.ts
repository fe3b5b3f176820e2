import { receivableQuantity } from './purchase-order-line-facts';

describe('receivableQuantity', () => {
  it('is what is still open without a tolerance', () => {
    expect(receivableQuantity({ quantity: 100, quantityCancelled: 20, quantityReceived: 30 }, 0)).toBe(50);
  });

  it('adds the tolerance on the ordered quantity, rounding down to whole units', () => {
    expect(receivableQuantity({ quantity: 105, quantityCancelled: 0, quantityReceived: 100 }, 5)).toBe(10);
    expect(receivableQuantity({ quantity: 10, quantityCancelled: 0, quantityReceived: 10 }, 5)).toBe(0);
  });

  it('never goes below zero after an over-receipt', () => {
    expect(receivableQuantity({ quantity: 10, quantityCancelled: 5, quantityReceived: 10 }, 0)).toBe(0);
  });
});
