import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, CurrentActor, Role, Roles, UserActor } from '../../identity';
import { SuggestionActionsService } from '../services/suggestion-actions.service';
import { SuggestionQueryService } from '../services/suggestion-query.service';
import {
  DismissSuggestionDto, OrderSuggestionsDto, OrderSuggestionsResultDto, SuggestionDto, SuggestionPageDto, SuggestionQueryDto, toSuggestionDto,
} from './suggestion.dto';

@ApiTags('planning')
@Controller('planning/suggestions')
@Roles(Role.Procurement, Role.ProcurementManager)
export class PlanningSuggestionsController {
  constructor(
    private readonly queries: SuggestionQueryService,
    private readonly actions: SuggestionActionsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List reorder and expedite suggestions, most urgent first; filter by warehouse, supplier, kind, status, spike' })
  async list(@Query() query: SuggestionQueryDto): Promise<SuggestionPageDto> {
    const page = await this.queries.list(query);
    return { ...page, items: page.items.map(toSuggestionDto) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a suggestion with its figures, dismissal and ordered purchase order' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SuggestionDto> {
    return toSuggestionDto(await this.queries.get(id));
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  @Audit('planning_suggestion.dismiss', 'planning_suggestion')
  @ApiOperation({ summary: 'Dismiss a suggestion with a reason; it comes back when its quantity or stock-out date moves materially' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SUGGESTION_NOT_OPEN`' })
  async dismiss(@Param('id', ParseUUIDPipe) id: string, @Body() body: DismissSuggestionDto, @CurrentActor() actor: UserActor): Promise<SuggestionDto> {
    return toSuggestionDto(await this.actions.dismiss(id, body.reason, actor));
  }

  @Post('purchase-orders')
  @Audit('planning_suggestion.order', 'planning_suggestion')
  @ApiOperation({ summary: 'Create draft purchase orders from suggestions, one per supplier, warehouse, transport mode and currency' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SUGGESTION_NOT_OPEN`' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`SUGGESTION_NOT_ORDERABLE`, or procurement refusing the draft (`SUPPLIER_INACTIVE`, …)' })
  async order(@Body() body: OrderSuggestionsDto, @CurrentActor() actor: UserActor): Promise<OrderSuggestionsResultDto> {
    return { purchaseOrders: await this.actions.order(body.suggestionIds, actor) };
  }
}
