import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { InventoryModule } from '../inventory/inventory.module';
import { FxRatesController } from './api/fx-rates.controller';
import { PartnerPurchaseOrdersController } from './api/partner-purchase-orders.controller';
import { PurchaseOrderActionsController } from './api/purchase-order-actions.controller';
import { PurchaseOrdersController } from './api/purchase-orders.controller';
import { SupplierProductsController } from './api/supplier-products.controller';
import { SuppliersController } from './api/suppliers.controller';
import { DocumentJobs } from './documents/document-jobs';
import { PurchaseOrderDocumentService } from './documents/purchase-order-document.service';
import { PurchaseOrderMailer } from './documents/purchase-order-mailer';
import { FxRate } from './entities/fx-rate.entity';
import { PurchaseOrderDocument } from './entities/purchase-order-document.entity';
import { PurchaseOrderEvent } from './entities/purchase-order-event.entity';
import { PurchaseOrderLine } from './entities/purchase-order-line.entity';
import { PurchaseOrderRevision } from './entities/purchase-order-revision.entity';
import { PurchaseOrder } from './entities/purchase-order.entity';
import { SupplierProduct } from './entities/supplier-product.entity';
import { Supplier } from './entities/supplier.entity';
import { EmailPurchaseOrderDocumentHandler } from './jobs/email-po-document.handler';
import { RenderPurchaseOrderDocumentHandler } from './jobs/render-po-document.handler';
import { FxRateService } from './services/fx-rate.service';
import { ProcurementService } from './services/procurement.service';
import { PurchaseOrderChangesService } from './services/purchase-order-changes.service';
import { PurchaseOrderQueryService } from './services/purchase-order-query.service';
import { PurchaseOrderViewService } from './services/purchase-order-view.service';
import { PurchaseOrderWorkflowService } from './services/purchase-order-workflow.service';
import { PurchaseOrderService } from './services/purchase-order.service';
import { SupplierProductService } from './services/supplier-product.service';
import { SupplierPurchaseOrders } from './services/supplier-purchase-orders.service';
import { SupplierService } from './services/supplier.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Supplier, SupplierProduct, PurchaseOrder, PurchaseOrderLine, PurchaseOrderEvent, PurchaseOrderRevision, PurchaseOrderDocument, FxRate,
    ]),
    CatalogModule,
    InventoryModule,
  ],
  controllers: [
    SuppliersController,
    SupplierProductsController,
    PurchaseOrdersController,
    PurchaseOrderActionsController,
    PartnerPurchaseOrdersController,
    FxRatesController,
  ],
  providers: [
    SupplierService,
    SupplierProductService,
    FxRateService,
    PurchaseOrderService,
    PurchaseOrderWorkflowService,
    PurchaseOrderChangesService,
    PurchaseOrderViewService,
    PurchaseOrderQueryService,
    SupplierPurchaseOrders,
    ProcurementService,
    DocumentJobs,
    PurchaseOrderDocumentService,
    PurchaseOrderMailer,
    RenderPurchaseOrderDocumentHandler,
    EmailPurchaseOrderDocumentHandler,
  ],
  exports: [ProcurementService, PurchaseOrderService, PurchaseOrderQueryService, SupplierService, SupplierProductService, FxRateService],
})
export class ProcurementModule {}
