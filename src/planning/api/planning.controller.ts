import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, Role, Roles } from '../../identity';
import { PlanningJobs } from '../jobs/planning-jobs';
import { ProjectionService } from '../services/projection.service';
import { SuggestionQueryService } from '../services/suggestion-query.service';
import { PlanningRunDto, RecomputeAcceptedDto, toPlanningRunDto } from './planning-run.dto';
import { ProjectionDto, ProjectionQueryDto } from './projection.dto';
import { SpikePageDto, SpikeQueryDto, toSpikeDto } from './spike.dto';

@ApiTags('planning')
@Controller('planning')
@Roles(Role.Procurement, Role.ProcurementManager)
export class PlanningController {
  constructor(
    private readonly projections: ProjectionService,
    private readonly queries: SuggestionQueryService,
    private readonly jobs: PlanningJobs,
  ) {}

  @Get('projections/:productId')
  @ApiOperation({ summary: 'Projected stock per day for 120 days of a product in a warehouse, with demand signal, arrivals and suggestions' })
  @ApiNotFoundResponse({ type: ProblemDto, description: '`PRODUCT_NOT_FOUND`, `WAREHOUSE_NOT_FOUND`' })
  projection(@Param('productId', ParseUUIDPipe) productId: string, @Query() query: ProjectionQueryDto): Promise<ProjectionDto> {
    return this.projections.projection(productId, query.warehouseId);
  }

  @Get('spikes')
  @ApiOperation({ summary: 'Items whose demand of the last days runs far above their baseline, largest multiple first' })
  async spikes(@Query() query: SpikeQueryDto): Promise<SpikePageDto> {
    const page = await this.queries.spikes(query);
    return { ...page, items: page.items.map(toSpikeDto) };
  }

  @Post('recompute')
  @HttpCode(202)
  @Audit('planning.recompute', 'planning_run')
  @ApiOperation({ summary: 'Recompute signals, projections and suggestions now, as a background job' })
  @ApiAcceptedResponse({ type: RecomputeAcceptedDto })
  async recompute(): Promise<RecomputeAcceptedDto> {
    return { jobKey: await this.jobs.requestRecompute(), status: 'queued' };
  }

  @Get('runs/latest')
  @ApiOperation({ summary: 'The last finished recompute: when, why, how many items and how long it took' })
  @ApiNotFoundResponse({ type: ProblemDto, description: '`PLANNING_RUN_NOT_FOUND` before the first recompute' })
  async latestRun(): Promise<PlanningRunDto> {
    return toPlanningRunDto(await this.queries.latestRun());
  }
}
