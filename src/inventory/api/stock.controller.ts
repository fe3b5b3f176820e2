import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProductService } from '../../catalog';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { ProblemDto } from '../../common/http/problem.dto';
import { Access, Roles } from '../../identity/access.decorators';
import { Actor, CurrentActor } from '../../identity/actor';
import { Audit } from '../../identity/audit.decorator';
import { Role, Scope } from '../../identity/roles';
import { MovementHistoryService } from '../services/movement-history.service';
import { StockAdjustmentService } from '../services/stock-adjustment.service';
import { StockQueryService } from '../services/stock-query.service';
import { StockVerifyService } from '../services/stock-verify.service';
import {
  AdjustmentDto, AvailabilityDto, AvailabilityQueryDto, BalancePageDto, BalanceQueryDto, MovementDto, MovementPageDto, MovementQueryDto,
  StockVerificationDto, toMovementDto,
} from './stock.dto';

@ApiTags('stock')
@Controller()
export class StockController {
  constructor(
    private readonly query: StockQueryService,
    private readonly history: MovementHistoryService,
    private readonly adjustments: StockAdjustmentService,
    private readonly verifier: StockVerifyService,
    private readonly products: ProductService,
  ) {}

  @Get('stock')
  @Roles()
  @ApiOperation({ summary: 'Stock rows (product × location × lot) with on hand, reserved and available; filter by product, warehouse, location, lot' })
  balances(@Query() q: BalanceQueryDto): Promise<BalancePageDto> {
    return this.query.balances({ ...q, nonZero: !q.includeEmpty });
  }

  @Get('stock/verify')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Replay the whole ledger and compare it with the balances and reservations (consistency check)' })
  verify(): Promise<StockVerificationDto> {
    return this.verifier.verify();
  }

  @Get('stock/:sku/availability')
  @Access({ roles: [], scopes: [Scope.CatalogRead] })
  @ApiOperation({ summary: 'Availability of a SKU per warehouse, from the balances (milliseconds, never a ledger sum)' })
  async availability(@Param('sku') sku: string, @Query() q: AvailabilityQueryDto): Promise<AvailabilityDto> {
    const product = await this.products.getBySku(sku);
    const warehouses = await this.query.availability(product.id, q.warehouseId);
    return { productId: product.id, sku: product.sku, available: warehouses.reduce((n, w) => n + w.available, 0), warehouses };
  }

  @Get('stock-movements')
  @Roles()
  @ApiOperation({ summary: 'The stock ledger, newest first: filter by product, location, type, reference and time' })
  async movements(@Query() q: MovementQueryDto): Promise<MovementPageDto> {
    const page = await this.history.list(q);
    return { items: page.items.map(toMovementDto), nextCursor: page.nextCursor };
  }

  @Post('stock/adjustments')
  @Roles(Role.Warehouse, Role.WarehouseLead)
  @Idempotent()
  @Audit('stock.adjust', 'stock_movement')
  @ApiOperation({ summary: 'Adjust stock with a reason (damaged, lost, found, correction, expired); large adjustments need a warehouse lead' })
  @ApiConflictResponse({ type: ProblemDto, description: 'STOCK_INSUFFICIENT or the location is frozen by a count' })
  async adjust(@CurrentActor() actor: Actor, @Body() body: AdjustmentDto, @Headers('idempotency-key') key?: string): Promise<MovementDto> {
    const idempotencyKey = key ? `${actor.kind}:${actor.id}:${key}` : undefined;
    return toMovementDto(await this.adjustments.adjust(actor, { ...body, lotId: body.lotId ?? null, idempotencyKey }));
  }
}
