import { compareSegments, parseWalkAddress, sortAlongWalk } from './walk-path';

describe('walk path (serpentine)', () => {
  const walk = (codes: string[]) => sortAlongWalk(codes, (c) => c);

  it('walks the first aisle up, the second down, the third up again', () => {
    expect(
      walk(['A-02-01-01', 'A-01-03-01', 'A-03-02-01', 'A-01-01-02', 'A-02-04-01', 'A-03-01-01', 'A-01-01-01', 'A-02-02-03']),
    ).toEqual(['A-01-01-01', 'A-01-01-02', 'A-01-03-01', 'A-02-04-01', 'A-02-02-03', 'A-02-01-01', 'A-03-01-01', 'A-03-02-01']);
  });

  it('alternates with the aisles the list visits, not the aisle numbers', () => {
    // Aisle 2 is not on the list: after walking aisle 1 up, aisle 3 is walked down.
    expect(walk(['A-03-01-01', 'A-01-02-01', 'A-03-05-01', 'A-01-01-01'])).toEqual(['A-01-01-01', 'A-01-02-01', 'A-03-05-01', 'A-03-01-01']);
  });

  it('goes zone by zone and climbs levels bottom up in a rack', () => {
    expect(walk(['B-01-01-01', 'A-01-02-02', 'A-01-02-01', 'A-01-02-10'])).toEqual(['A-01-02-01', 'A-01-02-02', 'A-01-02-10', 'B-01-01-01']);
  });

  it('compares numbers by value and puts codes of another shape last', () => {
    expect(walk(['PACK-01', 'A-10-01-01', 'A-9-01-01', 'DOCK'])).toEqual(['A-9-01-01', 'A-10-01-01', 'DOCK', 'PACK-01']);
    expect(compareSegments('2', '10')).toBeLessThan(0);
    expect(compareSegments('B', 'A')).toBeGreaterThan(0);
    expect(parseWalkAddress('A-01-02')).toBeNull();
  });

  it('keeps the given order for items in the same bin', () => {
    const items = [{ code: 'A-01-01-01', tote: 2 }, { code: 'A-01-01-01', tote: 1 }];
    expect(sortAlongWalk(items, (i) => i.code).map((i) => i.tote)).toEqual([2, 1]);
  });
});
