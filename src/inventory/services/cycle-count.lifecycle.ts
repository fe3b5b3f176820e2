import { StateMachine } from '../../common/state-machine';
import { CycleCountStatus } from '../entities/cycle-count.entity';

export type CycleCountAction = 'count' | 'submit' | 'recount' | 'approve' | 'cancel';

const S = CycleCountStatus;

/**
 * The cycle-count lifecycle. Counting ends with an explicit `submit` rather than automatically when
 * the last listed line is counted: a worker may still find stock the snapshot did not list, and an
 * automatic close would refuse those scans. `count` keeps the state; it is declared so that counting
 * a count that is no longer open gets the same 409 as every other illegal step. The bins are frozen
 * while the count is `open` or `counted`.
 */
export const cycleCountLifecycle = new StateMachine<CycleCountStatus, CycleCountAction>('cycle count', 'CYCLE_COUNT_ILLEGAL_TRANSITION', {
  count: { from: [S.Open], to: S.Open },
  submit: { from: [S.Open], to: S.Counted },
  recount: { from: [S.Open, S.Counted], to: S.Open },
  approve: { from: [S.Counted], to: S.Approved },
  cancel: { from: [S.Open, S.Counted], to: S.Cancelled },
});

/** States in which a count holds its bins frozen (the ledger and availability read the same list). */
export const FREEZING_STATUSES: readonly CycleCountStatus[] = [S.Open, S.Counted];
