import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProcurementModule } from '../procurement';
import { PlanningPoliciesController } from './api/planning-policies.controller';
import { PlanningSuggestionsController } from './api/planning-suggestions.controller';
import { PlanningController } from './api/planning.controller';
import { PlanningPolicyRecord } from './entities/planning-policy.entity';
import { PlanningProductCategory } from './entities/planning-product-category.entity';
import { PlanningRun } from './entities/planning-run.entity';
import { PlanningSignal } from './entities/planning-signal.entity';
import { PlanningSuggestion } from './entities/planning-suggestion.entity';
import { NightlyPlanningScheduler } from './jobs/nightly-scheduler';
import { PlanningJobs } from './jobs/planning-jobs';
import { RecomputePlanningHandler } from './jobs/recompute.handler';
import { PlanningInputs } from './services/planning-inputs';
import { PlanningPolicyService } from './services/planning-policy.service';
import { PlanningRecomputeService } from './services/planning-recompute.service';
import { ProjectionService } from './services/projection.service';
import { PurchaseOrderDrafts } from './services/purchase-order-drafts';
import { SuggestionActionsService } from './services/suggestion-actions.service';
import { SuggestionQueryService } from './services/suggestion-query.service';

/**
 * Replenishment planning: demand signals, projected stock and reorder/expedite suggestions. Reads
 * the other contexts' tables read-only; writes only its own tables, and purchase orders through
 * procurement.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([PlanningPolicyRecord, PlanningProductCategory, PlanningSignal, PlanningSuggestion, PlanningRun]),
    ProcurementModule,
  ],
  controllers: [PlanningController, PlanningSuggestionsController, PlanningPoliciesController],
  providers: [
    PlanningInputs,
    PlanningRecomputeService,
    ProjectionService,
    SuggestionQueryService,
    SuggestionActionsService,
    PlanningPolicyService,
    PurchaseOrderDrafts,
    PlanningJobs,
    RecomputePlanningHandler,
    NightlyPlanningScheduler,
  ],
  exports: [PlanningRecomputeService],
})
export class PlanningModule {}
