import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog';
import { InventoryModule } from '../inventory';
import { ProcurementModule } from '../procurement';
import { CartonChecker } from './cartons/carton-checker';
import { CartonLabelService } from './cartons/carton-label.service';
import { CartonService } from './cartons/carton.service';
import { CartonsController } from './cartons/cartons.controller';
import { SsccGenerator } from './cartons/sscc.generator';
import { ProcurementPurchaseOrders } from './common/purchase-orders.adapter';
import { PurchaseOrders } from './common/purchase-orders.gateway';
import { InboundCartonContent } from './entities/inbound-carton-content.entity';
import { InboundCarton } from './entities/inbound-carton.entity';
import { InboundShipmentEtaChange } from './entities/inbound-shipment-eta-change.entity';
import { InboundShipmentEvent } from './entities/inbound-shipment-event.entity';
import { InboundShipmentLine } from './entities/inbound-shipment-line.entity';
import { InboundShipment } from './entities/inbound-shipment.entity';
import { ProductCost } from './entities/product-cost.entity';
import { ProductSlotting } from './entities/product-slotting.entity';
import { PutawayRuleConfig } from './entities/putaway-rule-config.entity';
import { PutawayTask } from './entities/putaway-task.entity';
import { ReceiptLine } from './entities/receipt-line.entity';
import { ReceiptScan } from './entities/receipt-scan.entity';
import { Receipt } from './entities/receipt.entity';
import { ReceivedCarton } from './entities/received-carton.entity';
import { ShipmentCost } from './entities/shipment-cost.entity';
import { LandedCostController } from './landed-cost/landed-cost.controller';
import { LandedCostService } from './landed-cost/landed-cost.service';
import { ShipmentCostService } from './landed-cost/shipment-cost.service';
import { PutawayConfigService } from './putaway/putaway-config.service';
import { PutawayPlanner } from './putaway/putaway-planner';
import { PutawayController } from './putaway/putaway.controller';
import { PutawayService } from './putaway/putaway.service';
import { WarehouseBins } from './putaway/warehouse-bins';
import { DiscrepancyReportService } from './receiving/discrepancy-report.service';
import { DockLocations } from './receiving/dock-locations';
import { ReceiptCloseService } from './receiving/receipt-close.service';
import { ReceiptScanService } from './receiving/receipt-scan.service';
import { ReceiptService } from './receiving/receipt.service';
import { ReceiptsController } from './receiving/receipts.controller';
import { ScannedGoodsResolver } from './receiving/scanned-goods.resolver';
import { PartnerShipmentsController } from './shipments/partner-shipments.controller';
import { ShipmentLinesBuilder } from './shipments/shipment-lines.builder';
import { ShipmentMilestoneService } from './shipments/shipment-milestone.service';
import { ShipmentQueryService } from './shipments/shipment-query.service';
import { ShipmentService } from './shipments/shipment.service';
import { ShipmentsController } from './shipments/shipments.controller';
import { ProductCostService } from './valuation/product-cost.service';
import { ValuationController } from './valuation/valuation.controller';
import { ValuationService } from './valuation/valuation.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      InboundShipment, InboundShipmentLine, InboundShipmentEvent, InboundShipmentEtaChange, InboundCarton, InboundCartonContent, Receipt, ReceiptLine,
      ReceiptScan, ReceivedCarton, PutawayTask, PutawayRuleConfig, ProductSlotting, ShipmentCost, ProductCost,
    ]),
    CatalogModule,
    InventoryModule,
    ProcurementModule,
  ],
  controllers: [
    ShipmentsController, PartnerShipmentsController, CartonsController, ReceiptsController, PutawayController, LandedCostController, ValuationController,
  ],
  providers: [
    { provide: PurchaseOrders, useClass: ProcurementPurchaseOrders },
    ShipmentService, ShipmentLinesBuilder, ShipmentMilestoneService, ShipmentQueryService,
    CartonService, CartonChecker, CartonLabelService, SsccGenerator,
    ReceiptService, ReceiptScanService, ReceiptCloseService, ScannedGoodsResolver, DockLocations, DiscrepancyReportService,
    PutawayService, PutawayPlanner, PutawayConfigService, WarehouseBins,
    LandedCostService, ShipmentCostService, ProductCostService, ValuationService,
  ],
  exports: [ShipmentQueryService, ValuationService],
})
export class InboundModule {}
