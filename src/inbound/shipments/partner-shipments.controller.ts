import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { ApiKeyActor, Audit, CurrentActor, PartnerScopes, Scope } from '../../identity';
import { EtaChangeDto, MilestoneDto } from './shipment-input.dto';
import { ShipmentMilestoneService } from './shipment-milestone.service';
import { PartnerShipmentQueryDto } from './shipment-query.dto';
import { ShipmentQueryService } from './shipment-query.service';
import { PartnerShipmentDto, ShipmentSummaryPageDto, toPartnerShipmentDto, toShipmentSummaryDto } from './shipment.dto';
import { ShipmentService } from './shipment.service';

/**
 * The forwarder's side: an API key with `shipments:write` sees and updates only the shipments its
 * partner forwards. Any other shipment is a 404, never a 403, so ids reveal nothing.
 */
@ApiTags('partner: inbound shipments')
@Controller('partner/inbound-shipments')
@PartnerScopes(Scope.ShipmentsWrite)
export class PartnerShipmentsController {
  constructor(
    private readonly shipments: ShipmentService,
    private readonly milestones: ShipmentMilestoneService,
    private readonly queries: ShipmentQueryService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List the shipments you forward' })
  async list(@Query() query: PartnerShipmentQueryDto, @CurrentActor() actor: ApiKeyActor): Promise<ShipmentSummaryPageDto> {
    const page = await this.queries.list({ ...query, forwarderId: actor.partnerId });
    return { ...page, items: page.items.map(toShipmentSummaryDto) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one of your shipments with its milestones and ETA history' })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: ApiKeyActor): Promise<PartnerShipmentDto> {
    return toPartnerShipmentDto(await this.shipments.view(await this.shipments.getForForwarder(id, actor.partnerId)));
  }

  @Post(':id/milestones')
  @HttpCode(200)
  @Audit('inbound_shipment.milestone', 'inbound_shipment')
  @ApiOperation({ summary: 'Report a milestone of one of your shipments; sending the same milestone again changes nothing' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SHIPMENT_ILLEGAL_TRANSITION`: milestones only move forward' })
  async milestone(@Param('id', ParseUUIDPipe) id: string, @Body() body: MilestoneDto, @CurrentActor() actor: ApiKeyActor): Promise<PartnerShipmentDto> {
    return toPartnerShipmentDto(await this.shipments.view(await this.milestones.report(id, body, actor, { partnerId: actor.partnerId })));
  }

  @Post(':id/eta')
  @HttpCode(200)
  @Audit('inbound_shipment.eta', 'inbound_shipment')
  @ApiOperation({ summary: 'Report a new ETA for one of your shipments' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SHIPMENT_NOT_EDITABLE` once delivered' })
  async eta(@Param('id', ParseUUIDPipe) id: string, @Body() body: EtaChangeDto, @CurrentActor() actor: ApiKeyActor): Promise<PartnerShipmentDto> {
    return toPartnerShipmentDto(await this.shipments.view(await this.milestones.changeEta(id, body, actor, { partnerId: actor.partnerId })));
  }
}
