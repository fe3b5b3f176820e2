import { LABEL_4X6, mm } from './units';

describe('mm', () => {
  it('converts millimetres to points', () => {
    expect(mm(25.4)).toBeCloseTo(72);
    expect(mm(210)).toBeCloseTo(595.28, 2);
  });

  it('gives the 4x6 label as 4 × 6 inches', () => {
    expect(LABEL_4X6[0]).toBeCloseTo(288);
    expect(LABEL_4X6[1]).toBeCloseTo(432);
  });
});
