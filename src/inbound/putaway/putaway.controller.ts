import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { ProblemDto } from '../../common/http/problem.dto';
import { Actor, actorLabel, Audit, CurrentActor, NoAudit, Role, Roles } from '../../identity';
import { PutawayConfigService } from './putaway-config.service';
import {
  ProductSlottingDto, ProductSlottingViewDto, PutawayRulesDto, PutawayRulesViewDto, PutawayScanDto, PutawayTaskDto, PutawayTaskPageDto,
  PutawayTaskQueryDto, toPutawayTaskDto,
} from './putaway.dto';
import { PutawayService } from './putaway.service';

@ApiTags('put-away')
@Controller()
export class PutawayController {
  constructor(
    private readonly putaway: PutawayService,
    private readonly config: PutawayConfigService,
  ) {}

  @Get('putaway-tasks')
  @Roles(Role.Warehouse, Role.WarehouseLead)
  @ApiOperation({ summary: 'Put-away tasks of a warehouse (open by default), oldest first, each with its suggested bin' })
  async list(@Query() query: PutawayTaskQueryDto): Promise<PutawayTaskPageDto> {
    const page = await this.putaway.list(query);
    return { ...page, items: page.items.map(toPutawayTaskDto) };
  }

  @Post('putaway-tasks/:id/scans')
  @Roles(Role.Warehouse, Role.WarehouseLead)
  @Idempotent({ required: true })
  // The stock movement records who moved what where; an audit row per scan would double every write.
  @NoAudit()
  @ApiOperation({ summary: 'Scan the bin (any bin; the suggestion is advice) and the quantity: posts a put-away move from the dock' })
  @ApiConflictResponse({ type: ProblemDto, description: '`PUTAWAY_EXCEEDS_TASK`, `PUTAWAY_TASK_DONE`, `STOCK_INSUFFICIENT`, `LOCATION_UNUSABLE`' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`SCAN_UNREADABLE`, `LOCATION_OTHER_WAREHOUSE`' })
  async scan(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PutawayScanDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') key: string,
  ): Promise<PutawayTaskDto> {
    return toPutawayTaskDto(await this.putaway.scan(id, body, actor, key));
  }

  @Get('warehouses/:warehouseId/putaway-rules')
  @Roles(Role.Warehouse, Role.WarehouseLead)
  @ApiOperation({ summary: "The warehouse's put-away rule order (the default order when it has none of its own)" })
  rules(@Param('warehouseId', ParseUUIDPipe) warehouseId: string): Promise<PutawayRulesViewDto> {
    return this.config.rules(warehouseId);
  }

  @Put('warehouses/:warehouseId/putaway-rules')
  @Roles(Role.WarehouseLead)
  @Audit('putaway_rules.set', 'warehouse')
  @ApiOperation({ summary: 'Set the order in which put-away rules are tried; the first that finds a bin wins' })
  setRules(@Param('warehouseId', ParseUUIDPipe) warehouseId: string, @Body() body: PutawayRulesDto, @CurrentActor() actor: Actor): Promise<PutawayRulesViewDto> {
    return this.config.setRules(warehouseId, body.rules, actorLabel(actor));
  }

  @Get('warehouses/:warehouseId/product-slotting/:productId')
  @Roles(Role.Warehouse, Role.WarehouseLead)
  @ApiOperation({ summary: "A product's fixed pick face and preferred zone in a warehouse" })
  slotting(@Param('warehouseId', ParseUUIDPipe) warehouseId: string, @Param('productId', ParseUUIDPipe) productId: string): Promise<ProductSlottingViewDto> {
    return this.config.slotting(warehouseId, productId);
  }

  @Put('warehouses/:warehouseId/product-slotting/:productId')
  @Roles(Role.WarehouseLead)
  @Audit('product_slotting.set', 'product')
  @ApiOperation({ summary: "Set a product's fixed pick face and preferred zone in a warehouse (put-away rules use them)" })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`NOT_A_PICK_FACE`, `LOCATION_OTHER_WAREHOUSE`' })
  setSlotting(
    @Param('warehouseId', ParseUUIDPipe) warehouseId: string,
    @Param('productId', ParseUUIDPipe) productId: string,
    @Body() body: ProductSlottingDto,
    @CurrentActor() actor: Actor,
  ): Promise<ProductSlottingViewDto> {
    return this.config.setSlotting(warehouseId, productId, body, actorLabel(actor));
  }
}
