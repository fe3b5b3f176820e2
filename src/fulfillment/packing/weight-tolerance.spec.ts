import { checkGrossWeight } from './weight-tolerance';

describe('checkGrossWeight', () => {
  it('allows 10 % either way on heavy parcels', () => {
    expect(checkGrossWeight(2_000, 2_200)).toMatchObject({ toleranceG: 200, differenceG: 200, withinTolerance: true });
    expect(checkGrossWeight(2_000, 1_800).withinTolerance).toBe(true);
    expect(checkGrossWeight(2_000, 2_201)).toMatchObject({ differenceG: 201, withinTolerance: false });
    expect(checkGrossWeight(2_000, 1_799).withinTolerance).toBe(false);
  });

  it('allows at least 50 g on light parcels', () => {
    expect(checkGrossWeight(230, 280)).toMatchObject({ toleranceG: 50, withinTolerance: true });
    expect(checkGrossWeight(230, 180).withinTolerance).toBe(true);
    expect(checkGrossWeight(230, 281).withinTolerance).toBe(false);
  });

  it('catches a missing unit of a typical item', () => {
    // Two T-shirts of 180 g in a 150 g box, one left out.
    expect(checkGrossWeight(510, 330).withinTolerance).toBe(false);
  });
});
