import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../../common/jobs';
import { PlanningRecomputeService } from '../services/planning-recompute.service';
import { RECOMPUTE_JOB, RecomputeJobPayload } from './planning-jobs';

@Injectable()
@HandlesJob(RECOMPUTE_JOB)
export class RecomputePlanningHandler implements JobHandler<RecomputeJobPayload> {
  constructor(private readonly recompute: PlanningRecomputeService) {}

  /** Idempotent by nature: a second run recomputes the same figures from the same data. */
  async handle(payload: RecomputeJobPayload): Promise<void> {
    await this.recompute.recompute(payload.trigger === 'nightly' ? 'nightly' : 'manual');
  }
}
