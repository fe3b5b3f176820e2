import { movesStatus, TrackingStatus as S } from './tracking-status';

const at = (iso: string) => new Date(iso);

describe('movesStatus', () => {
  it('takes the first event of a parcel, whatever its time', () => {
    expect(movesStatus({ status: null, at: null }, { status: S.InTransit, occurredAt: at('2026-03-02T10:00:00Z') })).toBe(true);
  });

  it('follows newer events and ignores older ones arriving late', () => {
    const current = { status: S.InTransit, at: at('2026-03-02T10:00:00Z') };
    expect(movesStatus(current, { status: S.OutForDelivery, occurredAt: at('2026-03-03T07:00:00Z') })).toBe(true);
    expect(movesStatus(current, { status: S.PreTransit, occurredAt: at('2026-03-01T18:00:00Z') })).toBe(false);
  });

  it('keeps delivered unless the parcel goes back to its sender, even for a newer scan', () => {
    const delivered = { status: S.Delivered, at: at('2026-03-03T15:00:00Z') };
    expect(movesStatus(delivered, { status: S.InTransit, occurredAt: at('2026-03-04T08:00:00Z') })).toBe(false);
    expect(movesStatus(delivered, { status: S.Exception, occurredAt: at('2026-03-04T08:00:00Z') })).toBe(false);
    expect(movesStatus(delivered, { status: S.ReturnToSender, occurredAt: at('2026-03-05T08:00:00Z') })).toBe(true);
  });

  it('treats return to sender and cancelled as final', () => {
    expect(movesStatus({ status: S.ReturnToSender, at: at('2026-03-05T08:00:00Z') }, { status: S.Delivered, occurredAt: at('2026-03-06T08:00:00Z') })).toBe(false);
    expect(movesStatus({ status: S.Cancelled, at: at('2026-03-05T08:00:00Z') }, { status: S.InTransit, occurredAt: at('2026-03-06T08:00:00Z') })).toBe(false);
  });

  it('lets an exception be followed by progress, and ignores unknown statuses', () => {
    const exception = { status: S.Exception, at: at('2026-03-03T09:00:00Z') };
    expect(movesStatus(exception, { status: S.InTransit, occurredAt: at('2026-03-03T12:00:00Z') })).toBe(true);
    expect(movesStatus(exception, { status: S.Unknown, occurredAt: at('2026-03-03T12:00:00Z') })).toBe(false);
  });
});
