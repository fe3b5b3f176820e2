import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, CurrentActor, Role, Roles, UserActor } from '../../identity';
import { PurchaseOrderDocumentService } from '../documents/purchase-order-document.service';
import { PurchaseOrderQueryService } from '../services/purchase-order-query.service';
import { PurchaseOrderViewService } from '../services/purchase-order-view.service';
import { PurchaseOrderService } from '../services/purchase-order.service';
import { CreatePurchaseOrderDto, UpdatePurchaseOrderDto } from './purchase-order-input.dto';
import { DocumentQueryDto, OpenQuantityQueryDto, PurchaseOrderQueryDto } from './purchase-order-query.dto';
import {
  OpenQuantityDto, PurchaseOrderDto, PurchaseOrderRevisionDto, PurchaseOrderSummaryPageDto, toPurchaseOrderDto, toPurchaseOrderRevisionDto,
  toPurchaseOrderSummaryDto,
} from './purchase-order.dto';
import { PDF_CONTENT, pdfFile } from './pdf-file';

@ApiTags('purchase-orders')
@Controller('purchase-orders')
@Roles(Role.Procurement, Role.ProcurementManager)
export class PurchaseOrdersController {
  constructor(
    private readonly orders: PurchaseOrderService,
    private readonly views: PurchaseOrderViewService,
    private readonly queries: PurchaseOrderQueryService,
    private readonly documents: PurchaseOrderDocumentService,
  ) {}

  @Post()
  @Audit('purchase_order.create', 'purchase_order')
  @ApiOperation({ summary: 'Create a draft purchase order; currency, incoterm and payment terms default from the supplier' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`SUPPLIER_NOT_FOUND`, `SUPPLIER_INACTIVE`, `PRODUCT_NOT_SUPPLIED`, `PRICE_REQUIRED`, …' })
  async create(@Body() body: CreatePurchaseOrderDto, @CurrentActor() actor: UserActor): Promise<PurchaseOrderDto> {
    return toPurchaseOrderDto(await this.views.view(await this.orders.create(body, actor)));
  }

  @Get()
  @ApiOperation({ summary: 'List purchase orders by status, supplier, warehouse, product, date; late ones; those awaiting my approval' })
  async list(@Query() query: PurchaseOrderQueryDto, @CurrentActor() actor: UserActor): Promise<PurchaseOrderSummaryPageDto> {
    const page = await this.queries.list(query, actor);
    return { ...page, items: page.items.map(toPurchaseOrderSummaryDto) };
  }

  @Get('open-quantities')
  @ApiOperation({ summary: 'Units still expected per product and warehouse on approved and later orders (for planning)' })
  openQuantities(@Query() query: OpenQuantityQueryDto): Promise<OpenQuantityDto[]> {
    return this.queries.openQuantities(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a purchase order with lines, totals (also in the base currency), warnings, allowed actions and history' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PurchaseOrderDto> {
    return toPurchaseOrderDto(await this.views.view(id));
  }

  @Patch(':id')
  @Audit('purchase_order.update', 'purchase_order')
  @ApiOperation({ summary: 'Change a draft’s header, or replace its lines (409 once submitted; after sending, use revisions)' })
  @ApiConflictResponse({ type: ProblemDto, description: '`PO_ILLEGAL_TRANSITION` with `state` and `allowedActions`' })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePurchaseOrderDto, @CurrentActor() actor: UserActor): Promise<PurchaseOrderDto> {
    return toPurchaseOrderDto(await this.views.view(await this.orders.update(id, body, actor)));
  }

  @Get(':id/revisions')
  @ApiOperation({ summary: 'List the changes made after the order was sent, with who, when, why and a per-line diff' })
  async revisions(@Param('id', ParseUUIDPipe) id: string): Promise<PurchaseOrderRevisionDto[]> {
    await this.views.getOrder(id);
    return (await this.views.revisionsOf(id)).map(toPurchaseOrderRevisionDto);
  }

  @Get(':id/document')
  @ApiOperation({ summary: 'Download the PDF of the current (or a given) revision, rendered once the order is approved' })
  @ApiOkResponse({ content: PDF_CONTENT, description: 'The PDF, as an attachment named like PO-2026-00001-r1.pdf.' })
  @ApiConflictResponse({ type: ProblemDto, description: '`PO_DOCUMENT_NOT_READY`: not approved yet, or still rendering (try again shortly)' })
  async document(@Param('id', ParseUUIDPipe) id: string, @Query() query: DocumentQueryDto): Promise<StreamableFile> {
    return pdfFile(await this.documents.get(await this.views.getOrder(id), query.revision));
  }
}
