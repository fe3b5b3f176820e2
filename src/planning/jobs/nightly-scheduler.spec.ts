import { msUntilNext } from './nightly-scheduler';

describe('msUntilNext', () => {
  it('waits until the minute later today', () => {
    expect(msUntilNext(new Date('2026-05-04T05:00:00Z'), 6 * 60)).toBe(3_600_000);
  });

  it('waits until tomorrow once the minute has passed (or is now)', () => {
    expect(msUntilNext(new Date('2026-05-04T06:00:00Z'), 6 * 60)).toBe(86_400_000);
    expect(msUntilNext(new Date('2026-12-31T23:00:00Z'), 6 * 60)).toBe(7 * 3_600_000);
  });
});
