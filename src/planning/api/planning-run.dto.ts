import { PlanningRun } from '../entities/planning-run.entity';

export class RecomputeAcceptedDto {
  /** The outbox job's business key. */
  jobKey: string;
  /** Always `queued`: the recompute runs as a background job; see GET /planning/runs/latest. */
  status: string;
}

export class PlanningRunDto {
  id: string;
  /** `manual` or `nightly`. */
  trigger: string;
  planDate: string;
  items: number;
  suggestions: number;
  spikes: number;
  durationMs: number;
  startedAt: Date;
  finishedAt: Date;
}

export function toPlanningRunDto(r: PlanningRun): PlanningRunDto {
  return {
    id: r.id, trigger: r.trigger, planDate: r.planDate, items: r.items, suggestions: r.suggestions, spikes: r.spikes, durationMs: r.durationMs,
    startedAt: r.startedAt, finishedAt: r.finishedAt,
  };
}
