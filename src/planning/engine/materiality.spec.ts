import { isMaterialChange } from './materiality';

describe('isMaterialChange', () => {
  const dismissed = { quantity: 400, stockoutDate: '2026-07-01' };

  it('keeps a dismissal for small changes', () => {
    expect(isMaterialChange(dismissed, { quantity: 450, stockoutDate: '2026-06-27' })).toBe(false);
  });

  it('resurfaces when the quantity moves by more than a quarter', () => {
    expect(isMaterialChange(dismissed, { quantity: 520, stockoutDate: '2026-07-01' })).toBe(true);
    expect(isMaterialChange(dismissed, { quantity: 280, stockoutDate: '2026-07-01' })).toBe(true);
  });

  it('resurfaces when the stock-out comes a week earlier, or appears', () => {
    expect(isMaterialChange(dismissed, { quantity: 400, stockoutDate: '2026-06-24' })).toBe(true);
    expect(isMaterialChange({ quantity: 400, stockoutDate: null }, { quantity: 400, stockoutDate: '2026-09-01' })).toBe(true);
    expect(isMaterialChange(dismissed, { quantity: 400, stockoutDate: null })).toBe(false);
  });
});
