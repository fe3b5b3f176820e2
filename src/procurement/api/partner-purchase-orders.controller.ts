import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { ApiKeyActor, Audit, CurrentActor, PartnerScopes, Scope } from '../../identity';
import { PurchaseOrderDocumentService } from '../documents/purchase-order-document.service';
import { SupplierPurchaseOrders } from '../services/supplier-purchase-orders.service';
import { ConfirmPurchaseOrderDto } from './purchase-order-action.dto';
import { DocumentQueryDto, SupplierPurchaseOrderQueryDto } from './purchase-order-query.dto';
import { PDF_CONTENT, pdfFile } from './pdf-file';
import {
  SupplierPurchaseOrderDto, SupplierPurchaseOrderSummaryPageDto, toSupplierPurchaseOrderDto, toSupplierPurchaseOrderSummaryDto,
} from './supplier-purchase-order.dto';

/**
 * The supplier's side, for API keys of a `supplier` partner linked to a supplier. A key sees only
 * its own supplier's orders, and only once sent; any other order is a 404, never a 403.
 */
@ApiTags('partner: purchase orders')
@Controller('partner/purchase-orders')
export class PartnerPurchaseOrdersController {
  constructor(
    private readonly orders: SupplierPurchaseOrders,
    private readonly documents: PurchaseOrderDocumentService,
  ) {}

  @Get()
  @PartnerScopes(Scope.PurchaseOrdersRead)
  @ApiOperation({ summary: 'List the purchase orders sent to your company' })
  async list(@Query() query: SupplierPurchaseOrderQueryDto, @CurrentActor() actor: ApiKeyActor): Promise<SupplierPurchaseOrderSummaryPageDto> {
    const page = await this.orders.list(actor.partnerId, query);
    return { ...page, items: page.items.map(toSupplierPurchaseOrderSummaryDto) };
  }

  @Get(':id')
  @PartnerScopes(Scope.PurchaseOrdersRead)
  @ApiOperation({ summary: 'Get one of your purchase orders with its lines' })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: ApiKeyActor): Promise<SupplierPurchaseOrderDto> {
    const { po, lines } = await this.orders.get(actor.partnerId, id);
    return toSupplierPurchaseOrderDto(po, lines);
  }

  @Get(':id/document')
  @PartnerScopes(Scope.PurchaseOrdersRead)
  @ApiOperation({ summary: 'Download the PDF of one of your purchase orders' })
  @ApiOkResponse({ content: PDF_CONTENT, description: 'The PDF, as an attachment.' })
  @ApiConflictResponse({ type: ProblemDto, description: '`PO_DOCUMENT_NOT_READY`: still rendering; try again shortly' })
  async document(@Param('id', ParseUUIDPipe) id: string, @Query() query: DocumentQueryDto, @CurrentActor() actor: ApiKeyActor): Promise<StreamableFile> {
    const { po } = await this.orders.get(actor.partnerId, id);
    return pdfFile(await this.documents.get(po, query.revision));
  }

  @Post(':id/confirmation')
  @HttpCode(200)
  @PartnerScopes(Scope.PurchaseOrdersConfirm)
  @Audit('purchase_order.confirm', 'purchase_order')
  @ApiOperation({ summary: 'Confirm quantities and dates of the current revision of one of your purchase orders' })
  @ApiConflictResponse({ type: ProblemDto, description: '`PO_ILLEGAL_TRANSITION` or `PO_REVISION_MISMATCH` (confirm the current revision)' })
  async confirm(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ConfirmPurchaseOrderDto,
    @CurrentActor() actor: ApiKeyActor,
  ): Promise<SupplierPurchaseOrderDto> {
    const { po, lines } = await this.orders.confirm(actor, id, body);
    return toSupplierPurchaseOrderDto(po, lines);
  }
}
