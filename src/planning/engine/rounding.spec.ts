import { roundOrderQuantity, roundToCartons } from './rounding';

describe('roundOrderQuantity', () => {
  it('raises a small need to the MOQ, in whole cartons', () => {
    expect(roundOrderQuantity(120, 500, 50)).toBe(500);
  });

  it('rounds a need above the MOQ up to the next full carton', () => {
    expect(roundOrderQuantity(501, 500, 50)).toBe(550);
    expect(roundOrderQuantity(550, 500, 50)).toBe(550);
  });

  it('ends on a full carton even when the MOQ is not a carton multiple', () => {
    expect(roundOrderQuantity(10, 130, 24)).toBe(144);
  });

  it('rounds fractional needs up to whole units', () => {
    expect(roundOrderQuantity(7.2, 1, 1)).toBe(8);
  });

  it('orders nothing for no need', () => {
    expect(roundOrderQuantity(0, 500, 50)).toBe(0);
    expect(roundOrderQuantity(-3, 500, 50)).toBe(0);
  });
});

describe('roundToCartons', () => {
  it('rounds up to whole cartons without an MOQ', () => {
    expect(roundToCartons(101, 50)).toBe(150);
    expect(roundToCartons(100, 50)).toBe(100);
    expect(roundToCartons(0.2, 12)).toBe(12);
  });
});
