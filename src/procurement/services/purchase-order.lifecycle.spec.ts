import { IllegalTransitionError } from '../../common/errors';
import { PurchaseOrderStatus as S, purchaseOrderLifecycle as po, userActions } from './purchase-order.lifecycle';

describe('purchase-order lifecycle', () => {
  it('walks the happy path from draft to closed', () => {
    let state = S.Draft;
    for (const action of ['submit', 'approve', 'send', 'confirm', 'receive_partially', 'receive_fully', 'close'] as const) {
      state = po.next(state, action);
    }
    expect(state).toBe(S.Closed);
  });

  it('sends a rejected order back to draft', () => {
    expect(po.next(S.Submitted, 'reject')).toBe(S.Draft);
  });

  it('turns a revision after sending into a new request for confirmation', () => {
    expect(po.next(S.Sent, 'revise')).toBe(S.Sent);
    expect(po.next(S.Confirmed, 'revise')).toBe(S.Sent);
    expect(po.can(S.PartiallyReceived, 'revise')).toBe(false);
  });

  it('cancels only before anything was received', () => {
    const cancellable = Object.values(S).filter((s) => po.can(s, 'cancel'));
    expect(cancellable).toEqual([S.Draft, S.Submitted, S.Approved, S.Sent, S.Confirmed]);
  });

  it('allows edits only in draft', () => {
    expect(Object.values(S).filter((s) => po.can(s, 'edit'))).toEqual([S.Draft]);
  });

  it('refuses an illegal transition with the state and the allowed actions', () => {
    let error: IllegalTransitionError | undefined;
    try {
      po.next(S.Draft, 'approve');
    } catch (e) {
      error = e as IllegalTransitionError;
    }
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error?.status).toBe(409);
    expect(error?.extra).toEqual({ state: 'draft', action: 'approve', allowedActions: ['edit', 'submit', 'cancel'] });
  });

  it('offers users the actions they can take, without the receiving ones', () => {
    expect(userActions(S.Confirmed)).toEqual(['revise', 'cancel']);
    expect(userActions(S.PartiallyReceived)).toEqual(['close']);
    expect(userActions(S.Closed)).toEqual([]);
    expect(userActions(S.Cancelled)).toEqual([]);
  });
});
