import { Body, Controller, Get, HttpCode, Injectable, Param, ParseUUIDPipe, PipeTransform, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ValidationFailedError } from '../../common/errors';
import { ProblemDto } from '../../common/http/problem.dto';
import { Actor, Audit, CurrentActor, Role, Roles } from '../../identity';
import { CycleCount } from '../entities/cycle-count.entity';
import { CycleCountClosingService } from '../services/cycle-count-closing.service';
import { CycleCountCreationService } from '../services/cycle-count-creation.service';
import { CycleCountViewService } from '../services/cycle-count-view.service';
import { CycleCountService } from '../services/cycle-count.service';
import { CountLineDto, CreateCycleCountDto, CycleCountQueryDto, LINE_ID_PATTERN, LINE_ID_RULE, RecountDto } from './cycle-count-input.dto';
import { CycleCountDto, CycleCountPageDto, CycleCountVariancesDto } from './cycle-count.dto';

const Leads = () => Roles(Role.WarehouseLead);
const Counters = () => Roles(Role.Warehouse, Role.WarehouseLead);
const ILLEGAL = { type: ProblemDto, description: '`CYCLE_COUNT_ILLEGAL_TRANSITION`: the count’s `state` does not allow it; `allowedActions` lists what does' };

const CountId = new ParseUUIDPipe({ exceptionFactory: () => new ValidationFailedError([{ field: 'id', message: 'id must be a UUID' }]) });

@Injectable()
class LineIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!LINE_ID_PATTERN.test(value)) throw new ValidationFailedError([{ field: 'lineId', message: `lineId ${LINE_ID_RULE}` }]);
    return value;
  }
}

/** Cycle counts: a lead plans and approves, workers count blind. Every answer is the count as the caller may see it. */
@ApiTags('cycle-counts')
@Controller('cycle-counts')
export class CycleCountsController {
  constructor(
    private readonly creation: CycleCountCreationService,
    private readonly counting: CycleCountService,
    private readonly closing: CycleCountClosingService,
    private readonly views: CycleCountViewService,
  ) {}

  @Post()
  @Leads()
  @Audit('cycle_count.create', 'cycle_count')
  @ApiOperation({ summary: 'Count bins (or every bin holding some products): freezes them for picking and snapshots their stock' })
  @ApiConflictResponse({ type: ProblemDto, description: '`LOCATION_IN_OPEN_COUNT`: a bin is already in an open or counted count' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`CYCLE_COUNT_SCOPE_INVALID`: unknown warehouse, unknown, foreign or inactive bins, unknown products' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCycleCountDto): Promise<CycleCountDto> {
    return this.show(this.creation.create(actor, body), actor);
  }

  @Get()
  @Roles()
  @ApiOperation({ summary: 'List cycle counts, newest first; filter by warehouse and status' })
  list(@Query() query: CycleCountQueryDto): Promise<CycleCountPageDto> {
    return this.views.list(query);
  }

  @Get(':id')
  @Roles()
  @ApiOperation({ summary: 'A count with its bins and lines; expected quantities, variances and totals only for leads and admins' })
  get(@Param('id', CountId) id: string, @CurrentActor() actor: Actor): Promise<CycleCountDto> {
    return this.views.get(id, actor);
  }

  @Get(':id/variances')
  @Leads()
  @ApiOperation({ summary: 'Counted lines whose count differs from the snapshot, with their declared value' })
  variances(@Param('id', CountId) id: string): Promise<CycleCountVariancesDto> {
    return this.views.variances(id);
  }

  @Post(':id/lines/:lineId/count')
  @HttpCode(200)
  @Counters()
  @Audit('cycle_count.count_line', 'cycle_count')
  @ApiOperation({ summary: 'Enter the counted quantity of one line by keyboard (scanning with action `count` does the same)' })
  @ApiConflictResponse(ILLEGAL)
  async countLine(
    @Param('id', CountId) id: string,
    @Param('lineId', LineIdPipe) lineId: string,
    @Body() body: CountLineDto,
    @CurrentActor() actor: Actor,
  ): Promise<CycleCountDto> {
    await this.counting.countLine(id, lineId, body.counted, actor);
    return this.views.get(id, actor);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Counters()
  @Audit('cycle_count.submit', 'cycle_count')
  @ApiOperation({ summary: 'Finish counting: every line counted and no recount pending; the count then waits for a lead (bins stay frozen)' })
  @ApiConflictResponse({ type: ProblemDto, description: '`CYCLE_COUNT_ILLEGAL_TRANSITION` or `CYCLE_COUNT_INCOMPLETE` (lists the lines)' })
  submit(@Param('id', CountId) id: string, @CurrentActor() actor: Actor): Promise<CycleCountDto> {
    return this.show(this.counting.submit(id), actor);
  }

  @Post(':id/recount')
  @HttpCode(200)
  @Leads()
  @Audit('cycle_count.recount', 'cycle_count')
  @ApiOperation({ summary: 'Send lines back to be counted again: their counts are cleared and the count is open again' })
  @ApiConflictResponse(ILLEGAL)
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`CYCLE_COUNT_LINE_UNKNOWN`: a line id is not in this count' })
  recount(@Param('id', CountId) id: string, @Body() body: RecountDto, @CurrentActor() actor: Actor): Promise<CycleCountDto> {
    return this.show(this.counting.recount(id, body.lineIds), actor);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Leads()
  @Audit('cycle_count.approve', 'cycle_count')
  @ApiOperation({ summary: 'Approve a counted count: its variances are posted as `count` movements and the bins are released' })
  @ApiConflictResponse({
    type: ProblemDto,
    description: '`CYCLE_COUNT_ILLEGAL_TRANSITION`, `CYCLE_COUNT_STOCK_CHANGED` (stock moved in a frozen bin; cancel and count again), or a ledger refusal such as `STOCK_INSUFFICIENT` when reserved stock exceeds the count',
  })
  approve(@Param('id', CountId) id: string, @CurrentActor() actor: Actor): Promise<CycleCountDto> {
    return this.show(this.closing.approve(id, actor), actor);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Leads()
  @Audit('cycle_count.cancel', 'cycle_count')
  @ApiOperation({ summary: 'Cancel an open or counted count: the bins are released and no stock changes' })
  @ApiConflictResponse(ILLEGAL)
  cancel(@Param('id', CountId) id: string, @CurrentActor() actor: Actor): Promise<CycleCountDto> {
    return this.show(this.closing.cancel(id), actor);
  }

  private async show(step: Promise<CycleCount>, actor: Actor): Promise<CycleCountDto> {
    return this.views.detail(await step, actor);
  }
}
