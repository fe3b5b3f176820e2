import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Actor, Audit, CurrentActor, Role, Roles, UserActor } from '../../identity';
import { CreateShipmentDto, EtaChangeDto, MilestoneDto, UpdateShipmentDto } from './shipment-input.dto';
import { ShipmentMilestoneService } from './shipment-milestone.service';
import { ArrivingQueryDto, ShipmentQueryDto } from './shipment-query.dto';
import { ShipmentQueryService } from './shipment-query.service';
import { ArrivingThisWeekDto, ShipmentDto, ShipmentSummaryPageDto, toShipmentDto, toShipmentSummaryDto } from './shipment.dto';
import { ShipmentService } from './shipment.service';

const SHIPMENT_STAFF = [Role.Procurement, Role.ProcurementManager, Role.Logistics];

@ApiTags('inbound shipments')
@Controller('inbound-shipments')
@Roles(...SHIPMENT_STAFF)
export class ShipmentsController {
  constructor(
    private readonly shipments: ShipmentService,
    private readonly milestones: ShipmentMilestoneService,
    private readonly queries: ShipmentQueryService,
  ) {}

  @Post()
  @Audit('inbound_shipment.create', 'inbound_shipment')
  @ApiOperation({ summary: 'Announce a shipment (ASN): transport, containers, bills, ETA and the purchase-order lines it carries' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`OVER_SHIPMENT`, `PURCHASE_ORDER_NOT_SHIPPABLE`, `PARTNER_NOT_FORWARDER`, …' })
  async create(@Body() body: CreateShipmentDto, @CurrentActor() actor: UserActor): Promise<ShipmentDto> {
    return toShipmentDto(await this.shipments.view(await this.shipments.create(body, actor)));
  }

  @Get()
  @ApiOperation({ summary: 'List shipments by status, warehouse, forwarder or order; `view=in_transit` by ETA, `view=late` against the original ETA' })
  async list(@Query() query: ShipmentQueryDto): Promise<ShipmentSummaryPageDto> {
    const page = await this.queries.list(query);
    return { ...page, items: page.items.map(toShipmentSummaryDto) };
  }

  @Get('arriving-this-week')
  @Roles(...SHIPMENT_STAFF, Role.WarehouseLead)
  @ApiOperation({ summary: "Shipments due at a warehouse this week (Monday to Monday in the warehouse's time zone), by ETA" })
  async arriving(@Query() query: ArrivingQueryDto): Promise<ArrivingThisWeekDto> {
    const result = await this.queries.arrivingThisWeek(query.warehouseId);
    return { ...result, shipments: result.shipments.map(toShipmentSummaryDto) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a shipment with its lines, milestones, ETA history and allowed actions' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ShipmentDto> {
    return toShipmentDto(await this.shipments.view(id));
  }

  @Patch(':id')
  @Audit('inbound_shipment.update', 'inbound_shipment')
  @ApiOperation({ summary: 'Correct transport facts (carrier, vessel, containers, bills, waybill, ETD) before delivery' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SHIPMENT_NOT_EDITABLE` once delivered or cancelled' })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateShipmentDto): Promise<ShipmentDto> {
    return toShipmentDto(await this.shipments.view(await this.shipments.update(id, body)));
  }

  @Post(':id/milestones')
  @HttpCode(200)
  @Audit('inbound_shipment.milestone', 'inbound_shipment')
  @ApiOperation({ summary: 'Record a milestone with when and where it happened; the same milestone again changes nothing' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SHIPMENT_ILLEGAL_TRANSITION`: milestones only move forward' })
  async milestone(@Param('id', ParseUUIDPipe) id: string, @Body() body: MilestoneDto, @CurrentActor() actor: Actor): Promise<ShipmentDto> {
    return toShipmentDto(await this.shipments.view(await this.milestones.report(id, body, actor, null)));
  }

  @Post(':id/eta')
  @HttpCode(200)
  @Audit('inbound_shipment.eta', 'inbound_shipment')
  @ApiOperation({ summary: 'Change the ETA; the change is kept in the history (who, when, old → new)' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SHIPMENT_NOT_EDITABLE` once delivered or cancelled' })
  async eta(@Param('id', ParseUUIDPipe) id: string, @Body() body: EtaChangeDto, @CurrentActor() actor: Actor): Promise<ShipmentDto> {
    return toShipmentDto(await this.shipments.view(await this.milestones.changeEta(id, body, actor, null)));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Audit('inbound_shipment.cancel', 'inbound_shipment')
  @ApiOperation({ summary: 'Cancel a shipment that has not reached the warehouse' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SHIPMENT_ILLEGAL_TRANSITION` once delivered' })
  async cancel(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ShipmentDto> {
    return toShipmentDto(await this.shipments.view(await this.milestones.cancel(id, actor)));
  }
}
