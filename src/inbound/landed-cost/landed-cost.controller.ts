import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Actor, Audit, CurrentActor, Role, Roles } from '../../identity';
import { LandedCostDto, toLandedCostDto } from './landed-cost.dto';
import { LandedCostService } from './landed-cost.service';
import { CreateShipmentCostDto, ShipmentCostDto, toShipmentCostDto, UpdateShipmentCostDto } from './shipment-cost.dto';
import { ShipmentCostService } from './shipment-cost.service';

@ApiTags('landed cost')
@Controller('inbound-shipments/:id')
@Roles(Role.ProcurementManager, Role.Logistics)
export class LandedCostController {
  constructor(
    private readonly costs: ShipmentCostService,
    private readonly landed: LandedCostService,
  ) {}

  @Post('costs')
  @Audit('shipment_cost.create', 'shipment_cost')
  @ApiOperation({ summary: 'Attach a cost (freight, insurance, duty, brokerage, port or handling fees) in any currency, with its allocation method' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`FX_RATE_MISSING`, `LANDED_COST_NO_BASIS`' })
  async add(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateShipmentCostDto, @CurrentActor() actor: Actor): Promise<ShipmentCostDto> {
    return toShipmentCostDto(await this.costs.add(id, body, actor));
  }

  @Patch('costs/:costId')
  @Audit('shipment_cost.true_up', 'shipment_cost')
  @ApiOperation({ summary: 'True up a cost with the invoice (it becomes actual); received stock is re-valued and average costs adjusted' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`FX_RATE_MISSING`, `LANDED_COST_NO_BASIS`' })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('costId', ParseUUIDPipe) costId: string,
    @Body() body: UpdateShipmentCostDto,
    @CurrentActor() actor: Actor,
  ): Promise<ShipmentCostDto> {
    return toShipmentCostDto(await this.costs.update(id, costId, body, actor));
  }

  @Delete('costs/:costId')
  @Audit('shipment_cost.delete', 'shipment_cost')
  @ApiOperation({ summary: 'Remove a cost entered by mistake; received stock is re-valued' })
  async remove(@Param('id', ParseUUIDPipe) id: string, @Param('costId', ParseUUIDPipe) costId: string): Promise<ShipmentCostDto> {
    return toShipmentCostDto(await this.costs.remove(id, costId));
  }

  @Get('landed-cost')
  @ApiOperation({ summary: 'Landed cost per line: supplier price in the base currency plus each cost’s exact share (received lines once received)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`FX_RATE_MISSING`, `LANDED_COST_NO_BASIS`' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<LandedCostDto> {
    return toLandedCostDto(id, await this.landed.ofShipment(id));
  }
}
