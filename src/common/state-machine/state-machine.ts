import { IllegalTransitionError } from '../errors';

export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
}

/**
 * A declared lifecycle: every action names the states it may start from and the state it leads
 * to. Anything else is an `IllegalTransitionError` (409) that names the current state and the
 * actions it allows, never a silent update.
 */
export class StateMachine<S extends string, A extends string> {
  constructor(
    /** Lower-case entity name for messages, e.g. `purchase order`. */
    readonly entity: string,
    /** Stable error code, e.g. `PO_ILLEGAL_TRANSITION`. */
    readonly errorCode: string,
    readonly transitions: Readonly<Record<A, Transition<S>>>,
  ) {}

  /** The state after `action`, or an error if `action` is not allowed in `state`. */
  next(state: S, action: A): S {
    const transition = this.transitions[action];
    if (!transition?.from.includes(state)) {
      throw new IllegalTransitionError(this.errorCode, this.entity, state, action, this.allowedActions(state));
    }
    return transition.to;
  }

  can(state: S, action: A): boolean {
    return this.transitions[action]?.from.includes(state) ?? false;
  }

  allowedActions(state: S): A[] {
    return (Object.keys(this.transitions) as A[]).filter((a) => this.transitions[a].from.includes(state));
  }
}
