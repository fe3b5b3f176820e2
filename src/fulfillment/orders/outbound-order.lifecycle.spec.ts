import { outboundOrderLifecycle, OutboundOrderStatus as S } from './outbound-order.lifecycle';

describe('outbound order lifecycle', () => {
  it('follows the happy path from received to delivered', () => {
    let status = S.Received;
    for (const action of ['allocate', 'start_picking', 'complete_picking', 'pack', 'ship', 'deliver'] as const) status = outboundOrderLifecycle.next(status, action);
    expect(status).toBe(S.Delivered);
  });

  it('cancels only before picking, naming the state and what it allows otherwise', () => {
    for (const from of [S.Received, S.Allocated, S.Backordered]) expect(outboundOrderLifecycle.next(from, 'cancel')).toBe(S.Cancelled);
    expect(() => outboundOrderLifecycle.next(S.Picking, 'cancel')).toThrow(
      expect.objectContaining({ status: 409, code: 'ORDER_ILLEGAL_TRANSITION', extra: { state: 'picking', action: 'cancel', allowedActions: ['backorder', 'complete_picking'] } }),
    );
  });

  it('lets a short pick send an allocated or picking order back to backordered, and stock bring it back', () => {
    expect(outboundOrderLifecycle.next(S.Picking, 'backorder')).toBe(S.Backordered);
    expect(outboundOrderLifecycle.next(S.Backordered, 'allocate')).toBe(S.Allocated);
    expect(outboundOrderLifecycle.can(S.Picked, 'backorder')).toBe(false);
  });
});
