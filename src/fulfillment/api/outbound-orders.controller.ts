import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { ProblemDto } from '../../common/http/problem.dto';
import { Access, Actor, ApiKeyActor, Audit, CurrentActor, PartnerScopes, Role, Roles, Scope } from '../../identity';
import { AllocationService } from '../allocation/allocation.service';
import { OrderIntakeService } from '../orders/order-intake.service';
import { OutboundOrderService } from '../orders/outbound-order.service';
import { OutboundOrderStatus } from '../orders/outbound-order.lifecycle';
import { CreateOutboundOrderDto } from './outbound-order-input.dto';
import {
  BackorderRunDto, CancelOrderDto, OrderQueryDto, OutboundOrderDto, OutboundOrderPageDto, toOrderDto, toOrderSummaryDto,
} from './outbound-order.dto';

/** Staff who follow orders, and the shop's own key (which sees only its own orders). */
const Readers = () => Access({ roles: [Role.Logistics, Role.WarehouseLead, Role.Warehouse], scopes: [Scope.OrdersWrite] });
/** Backordered orders retried per call, oldest first. */
const BACKORDER_BATCH = 500;

@ApiTags('outbound-orders')
@Controller('outbound-orders')
export class OutboundOrdersController {
  constructor(
    private readonly intake: OrderIntakeService,
    private readonly orders: OutboundOrderService,
    private readonly allocation: AllocationService,
  ) {}

  @Post()
  @PartnerScopes(Scope.OrdersWrite)
  @Audit('outbound_order.create', 'outbound_order')
  @ApiOperation({ summary: 'Send an order to be shipped; sending the same external id again returns the same order (200)' })
  @ApiCreatedResponse({ type: OutboundOrderDto, description: 'The order was taken; allocation follows in the background.' })
  @ApiOkResponse({ type: OutboundOrderDto, description: 'The order had been sent before with the same content.' })
  @ApiConflictResponse({ type: ProblemDto, description: '`ORDER_EXTERNAL_ID_CONFLICT`: the external id was used for a different order' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`ORDER_INVALID`: bad address (country, postcode), IOSS number, currency or unknown SKU; `errors` names the field' })
  async create(@Body() body: CreateOutboundOrderDto, @CurrentActor() actor: ApiKeyActor, @Res({ passthrough: true }) res: Response): Promise<OutboundOrderDto> {
    const { order, created } = await this.intake.receive(actor, body);
    if (!created) res.status(200);
    return this.show(order.id, actor);
  }

  @Get()
  @Readers()
  @ApiOperation({ summary: 'List orders by status, warehouse or external id (a shop key sees its own)' })
  async list(@Query() query: OrderQueryDto, @CurrentActor() actor: Actor): Promise<OutboundOrderPageDto> {
    const page = await this.orders.list(query, actor);
    return { ...page, items: page.items.map(toOrderSummaryDto) };
  }

  @Post('allocate-backorders')
  @HttpCode(200)
  @Roles(Role.Logistics, Role.WarehouseLead)
  @Audit('outbound_order.allocate_backorders', 'outbound_order')
  @ApiOperation({ summary: 'Try again to allocate backordered orders, oldest first (e.g. after stock arrived)' })
  async allocateBackorders(@CurrentActor() actor: Actor): Promise<BackorderRunDto> {
    const outcomes = await this.allocation.allocate(await this.orders.backorderedIds(BACKORDER_BATCH), { actor, chunkSize: 50 });
    const allocated = outcomes.filter((o) => o.status !== OutboundOrderStatus.Backordered).length;
    return { attempted: outcomes.length, allocated, stillBackordered: outcomes.length - allocated };
  }

  @Get(':id')
  @Readers()
  @ApiOperation({ summary: 'Get an order with its lines, kit components, allocations, allowed actions and history' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<OutboundOrderDto> {
    return this.show(id, actor);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Access({ roles: [Role.Logistics, Role.WarehouseLead], scopes: [Scope.OrdersWrite] })
  @Audit('outbound_order.cancel', 'outbound_order')
  @ApiOperation({ summary: 'Cancel an order before picking; its reserved stock is released' })
  @ApiConflictResponse({ type: ProblemDto, description: '`ORDER_ILLEGAL_TRANSITION` with `state` and `allowedActions` (picking started), or `ORDER_PICKING_STARTED`' })
  async cancel(@Param('id', ParseUUIDPipe) id: string, @Body() body: CancelOrderDto, @CurrentActor() actor: Actor): Promise<OutboundOrderDto> {
    await this.orders.cancel(id, actor, body.reason);
    return this.show(id, actor);
  }

  private async show(id: string, actor: Actor): Promise<OutboundOrderDto> {
    const view = await this.orders.view(id, actor);
    return toOrderDto(view, this.orders.allowedActions(view.order));
  }
}
