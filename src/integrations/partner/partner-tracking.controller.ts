import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiKeyActor, CurrentActor, PartnerScopes, Scope } from '../../identity';
import { MAX_TRACKING_BATCH, TrackingBatchResultDto, TrackingEventBatchDto, TrackingService } from '../../shipping';

const MULTI_STATUS = 207;

@ApiTags('partner: carriers')
@ApiExtraModels(TrackingBatchResultDto)
@Controller('partner/tracking-events')
export class PartnerTrackingController {
  constructor(private readonly tracking: TrackingService) {}

  @Post()
  @HttpCode(200)
  @PartnerScopes(Scope.TrackingWrite)
  @ApiOperation({
    summary: `Report up to ${MAX_TRACKING_BATCH} tracking events; each item is accepted, a duplicate, or rejected with its errors`,
    description: 'Items are independent: a rejected item (by `index`) does not hold back the others. 200 when no item was rejected, 207 otherwise.',
  })
  @ApiOkResponse({ type: TrackingBatchResultDto, description: 'Every item was accepted or a duplicate.' })
  @ApiResponse({ status: MULTI_STATUS, type: TrackingBatchResultDto, description: 'At least one item was rejected; see `results[].errors`.' })
  async report(@Body() body: TrackingEventBatchDto, @CurrentActor() actor: ApiKeyActor, @Res({ passthrough: true }) res: Response): Promise<TrackingBatchResultDto> {
    const result = await this.tracking.record(actor, body.events);
    if (result.rejected > 0) res.status(MULTI_STATUS);
    return result;
  }
}
