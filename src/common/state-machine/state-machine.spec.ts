import { IllegalTransitionError } from '../errors';
import { StateMachine } from './state-machine';

type S = 'draft' | 'submitted' | 'approved' | 'cancelled';
type A = 'submit' | 'approve' | 'cancel';

const machine = new StateMachine<S, A>('purchase order', 'PO_ILLEGAL_TRANSITION', {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  cancel: { from: ['draft', 'submitted'], to: 'cancelled' },
});

describe('StateMachine', () => {
  it('follows declared transitions', () => {
    expect(machine.next('draft', 'submit')).toBe('submitted');
    expect(machine.next('submitted', 'approve')).toBe('approved');
  });

  it('refuses undeclared ones with 409, the state and the allowed actions', () => {
    let error: IllegalTransitionError | undefined;
    try {
      machine.next('approved', 'submit');
    } catch (e) {
      error = e as IllegalTransitionError;
    }
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error?.status).toBe(409);
    expect(error?.code).toBe('PO_ILLEGAL_TRANSITION');
    expect(error?.extra).toEqual({ state: 'approved', action: 'submit', allowedActions: [] });
    expect(() => machine.next('submitted', 'submit')).toThrow('allowed: approve, cancel');
  });

  it('lists allowed actions per state', () => {
    expect(machine.allowedActions('draft')).toEqual(['submit', 'cancel']);
    expect(machine.can('cancelled', 'cancel')).toBe(false);
  });
});
