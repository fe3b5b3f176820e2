import { judgeQuantity, tallyProduct, toleranceLimit, ToleranceVerdict } from './receipt-tally';

describe('receiving tolerance', () => {
  it('accepts up to the expected quantity, flags up to the tolerance and refuses beyond', () => {
    expect(toleranceLimit(100, 5)).toBe(105);
    expect(toleranceLimit(30, 5)).toBe(31);
    expect(judgeQuantity(100, 90, 10, 5)).toBe(ToleranceVerdict.Within);
    expect(judgeQuantity(100, 100, 5, 5)).toBe(ToleranceVerdict.OverFlagged);
    expect(judgeQuantity(100, 100, 6, 5)).toBe(ToleranceVerdict.OverLimit);
  });

  it('calls anything of a product nobody expected unexpected', () => {
    expect(judgeQuantity(0, 0, 1, 5)).toBe(ToleranceVerdict.Unexpected);
  });
});

describe('tallyProduct', () => {
  it('fills lines in order and puts the excess on the last', () => {
    expect(tallyProduct([{ id: 'a', expected: 10 }, { id: 'b', expected: 5 }], 17, 0)).toEqual([
      { id: 'a', expected: 10, received: 10, damaged: 0, over: 0, short: 0 },
      { id: 'b', expected: 5, received: 7, damaged: 0, over: 2, short: 0 },
    ]);
  });

  it('reports short lines and counts damaged units in', () => {
    expect(tallyProduct([{ id: 'a', expected: 10 }, { id: 'b', expected: 5 }], 6, 2)).toEqual([
      { id: 'a', expected: 10, received: 8, damaged: 2, over: 0, short: 2 },
      { id: 'b', expected: 5, received: 0, damaged: 0, over: 0, short: 5 },
    ]);
  });

  it('gives an unexpected line everything as over', () => {
    expect(tallyProduct([{ id: 'x', expected: 0 }], 3, 1)).toEqual([{ id: 'x', expected: 0, received: 4, damaged: 1, over: 4, short: 0 }]);
  });
});
