import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../../common/jobs';
import { AllocationService } from '../allocation/allocation.service';
import { ALLOCATE_ORDER_JOB, AllocateOrderPayload } from './allocate-order.job';

/** Allocates one order. Idempotent: an order with nothing left to allocate is left as it is. */
@Injectable()
@HandlesJob(ALLOCATE_ORDER_JOB)
export class AllocateOrderHandler implements JobHandler<AllocateOrderPayload> {
  constructor(private readonly allocation: AllocationService) {}

  async handle(payload: AllocateOrderPayload): Promise<void> {
    await this.allocation.allocate([payload.orderId]);
  }
}
