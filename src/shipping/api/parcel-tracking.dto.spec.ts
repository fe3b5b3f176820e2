import { localTime } from './parcel-tracking.dto';

describe('localTime', () => {
  it('shows a UTC instant at the offset the carrier reported', () => {
    expect(localTime(new Date('2026-03-03T13:05:00Z'), '+01:00')).toBe('2026-03-03T14:05:00.000+01:00');
    expect(localTime(new Date('2026-03-03T01:30:00Z'), '-05:30')).toBe('2026-03-02T20:00:00.000-05:30');
    expect(localTime(new Date('2026-03-03T13:05:00Z'), '+00:00')).toBe('2026-03-03T13:05:00.000+00:00');
  });
});
