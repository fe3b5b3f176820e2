import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { Audit, CurrentActor, Role, Roles, UserActor } from '../../identity';
import { PickingService } from '../picking/picking.service';
import {
  PickExceptionDto, PickLineDto, PickListDto, PickListQueryDto, PickListSummaryPageDto, PickScanDto, ShortPickDto, toPickExceptionDto, toPickLineDto,
  toPickListDto,
} from './pick-list.dto';
import { toPickListSummaryDto } from './wave.dto';

const Pickers = () => Roles(Role.Warehouse, Role.WarehouseLead);

@ApiTags('picking')
@Controller('pick-lists')
export class PickListsController {
  constructor(private readonly picking: PickingService) {}

  @Get()
  @Roles(Role.Warehouse, Role.WarehouseLead, Role.Logistics)
  @ApiOperation({ summary: 'List pick lists by wave, warehouse or status' })
  async list(@Query() query: PickListQueryDto): Promise<PickListSummaryPageDto> {
    const page = await this.picking.list(query);
    return { ...page, items: page.items.map(toPickListSummaryDto) };
  }

  @Get(':id')
  @Roles(Role.Warehouse, Role.WarehouseLead, Role.Logistics)
  @ApiOperation({ summary: 'Get a pick list: tote slots and lines in walk order' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PickListDto> {
    return toPickListDto(await this.picking.view(id));
  }

  @Post(':id/picks')
  @Pickers()
  @Idempotent()
  @Audit('pick_list.pick', 'pick_list')
  @ApiOperation({ summary: 'Scan a pick: bin, item, quantity (and tote on a cart); the units move to the packing location' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PICK_WRONG_LOCATION`, `PICK_WRONG_ITEM`, `PICK_TOTE_REQUIRED`, `PICK_QUANTITY_EXCEEDS`, `SCAN_UNKNOWN`' })
  @ApiConflictResponse({ type: ProblemDto, description: '`PICK_LIST_COMPLETED`, `PICK_LINE_NOT_OPEN`' })
  async pick(@Param('id', ParseUUIDPipe) id: string, @Body() body: PickScanDto, @CurrentActor() actor: UserActor): Promise<PickLineDto> {
    return toPickLineDto(await this.picking.pick(id, body, actor));
  }

  @Post(':id/lines/:lineId/short')
  @Pickers()
  @Idempotent()
  @Audit('pick_list.short', 'pick_list')
  @ApiOperation({ summary: 'Report a short pick: the bin held fewer units than the line asks for; a lead confirms it' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PICK_NOT_SHORT`: what was found covers the line' })
  @ApiConflictResponse({ type: ProblemDto, description: '`PICK_LINE_NOT_OPEN`, `PICK_LIST_COMPLETED`' })
  async short(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lineId', ParseUUIDPipe) lineId: string,
    @Body() body: ShortPickDto,
    @CurrentActor() actor: UserActor,
  ): Promise<PickExceptionDto> {
    return toPickExceptionDto(await this.picking.reportShort(id, lineId, body.found, actor));
  }
}
