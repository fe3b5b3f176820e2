import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { ProblemDto } from '../../common/http/problem.dto';
import { Actor, Audit, CurrentActor, Role, Roles } from '../../identity';
import { ParcelClosingService } from './parcel-closing.service';
import { CloseParcelDto, OpenParcelDto, PackItemDto, PackSessionDto, StartPackSessionDto } from './pack-session.dto';
import { PackSessionService } from './pack-session.service';

@ApiTags('packing')
@Controller('pack-sessions')
@Roles(Role.Warehouse, Role.WarehouseLead)
export class PackSessionsController {
  constructor(
    private readonly sessions: PackSessionService,
    private readonly closing: ParcelClosingService,
  ) {}

  @Post()
  @HttpCode(200)
  @Audit('pack_session.start', 'outbound_order')
  @ApiOperation({ summary: 'Start (or resume) packing a picked order: scan the order slip or the shop order number; shows what to pack and the suggested box' })
  @ApiConflictResponse({ type: ProblemDto, description: '`ORDER_NOT_READY_FOR_PACKING`' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PACK_ORDER_UNKNOWN`, `PACK_ORDER_AMBIGUOUS`' })
  start(@CurrentActor() actor: Actor, @Body() body: StartPackSessionDto): Promise<PackSessionDto> {
    return this.sessions.start(actor, body.order);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The pack session of an order: lines with picked and packed units, what is still expected, the suggested box, the parcels' })
  @ApiNotFoundResponse({ type: ProblemDto })
  view(@Param('id', ParseUUIDPipe) id: string): Promise<PackSessionDto> {
    return this.sessions.view(id);
  }

  @Post(':id/parcels')
  @Audit('parcel.open', 'outbound_order')
  @ApiOperation({ summary: 'Open the next parcel of the order in the chosen box, or in the suggested one when no box type is given' })
  @ApiConflictResponse({ type: ProblemDto, description: '`PARCEL_ALREADY_OPEN`, `ORDER_FULLY_PACKED`, `ORDER_NOT_READY_FOR_PACKING`' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`NO_BOX_FITS` (choose a box and split), `BOX_TYPE_INACTIVE`' })
  openParcel(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: OpenParcelDto): Promise<PackSessionDto> {
    return this.sessions.openParcel(actor, id, body.boxTypeCode);
  }

  @Post(':id/parcels/:parcelId/items')
  @HttpCode(200)
  @Idempotent({ required: true })
  @Audit('parcel.add_items', 'outbound_order')
  @ApiOperation({ summary: 'Scan an item into the open parcel; a product not in the order, or already packed in full, is refused naming what is expected' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`PARCEL_ILLEGAL_TRANSITION` (the parcel is closed)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PACK_WRONG_ITEM`, `PACK_QUANTITY_EXCEEDS`, `ITEM_DOES_NOT_FIT`, `PARCEL_OVERWEIGHT`, `SCAN_UNREADABLE`' })
  addItem(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('parcelId', ParseUUIDPipe) parcelId: string,
    @Body() body: PackItemDto,
  ): Promise<PackSessionDto> {
    return this.sessions.addItem(actor, id, parcelId, body.item, body.quantity);
  }

  @Post(':id/parcels/:parcelId/close')
  @HttpCode(200)
  @Audit('parcel.close', 'outbound_order')
  @ApiOperation({ summary: 'Close a parcel with its scale weight (checked against contents + box within ±10 % or ±50 g); the order becomes packed with its last parcel' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`PARCEL_ILLEGAL_TRANSITION`, `NO_SHIPPING_LOCATION`' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PARCEL_WEIGHT_MISMATCH` with both weights, `PARCEL_EMPTY`' })
  @ApiForbiddenResponse({ type: ProblemDto, description: '`WEIGHT_OVERRIDE_NEEDS_LEAD`' })
  close(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('parcelId', ParseUUIDPipe) parcelId: string,
    @Body() body: CloseParcelDto,
  ): Promise<PackSessionDto> {
    return this.closing.close(actor, id, parcelId, body);
  }
}
