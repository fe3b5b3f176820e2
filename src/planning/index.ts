export { PlanningModule } from './planning.module';
export { PlanningRecomputeService } from './services/planning-recompute.service';
export type { RecomputeSummary, RecomputeTrigger } from './services/planning-recompute.service';
export { planItem, HORIZON_DAYS } from './engine/plan';
export type { PlanInput, PlanResult } from './engine/plan';
export { DEFAULT_POLICY } from './engine/policy';
export type { PlanningPolicy } from './engine/policy';
