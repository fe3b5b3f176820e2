import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog';
import { CycleCountsController } from './api/cycle-counts.controller';
import { LocationsController } from './api/locations.controller';
import { ScansController } from './api/scans.controller';
import { StockController } from './api/stock.controller';
import { WarehouseLocationsController } from './api/warehouse-locations.controller';
import { WarehousesController } from './api/warehouses.controller';
import { CycleCount, CycleCountLine, CycleCountLocation } from './entities/cycle-count.entity';
import { Location } from './entities/location.entity';
import { Lot } from './entities/lot.entity';
import { Reservation } from './entities/reservation.entity';
import { StockBalance } from './entities/stock-balance.entity';
import { StockMovement } from './entities/stock-movement.entity';
import { Warehouse } from './entities/warehouse.entity';
import { ScanResolver } from './scanning/scan-resolver';
import { ScanService } from './scanning/scan.service';
import { CycleCountClosingService } from './services/cycle-count-closing.service';
import { CycleCountCreationService } from './services/cycle-count-creation.service';
import { CycleCountViewService } from './services/cycle-count-view.service';
import { CycleCountService } from './services/cycle-count.service';
import { LocationService } from './services/location.service';
import { LotService } from './services/lot.service';
import { MovementHistoryService } from './services/movement-history.service';
import { StockAdjustmentService } from './services/stock-adjustment.service';
import { StockLedgerService } from './services/stock-ledger.service';
import { StockQueryService } from './services/stock-query.service';
import { StockVerifyService } from './services/stock-verify.service';
import { WarehouseService } from './services/warehouse.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Warehouse, Location, Lot, StockBalance, StockMovement, Reservation, CycleCount, CycleCountLocation, CycleCountLine]),
    CatalogModule,
  ],
  controllers: [WarehousesController, WarehouseLocationsController, LocationsController, StockController, ScansController, CycleCountsController],
  providers: [
    WarehouseService, LocationService, LotService, StockLedgerService, StockQueryService, StockVerifyService, MovementHistoryService,
    StockAdjustmentService, CycleCountService, CycleCountCreationService, CycleCountClosingService, CycleCountViewService, ScanResolver, ScanService,
  ],
  exports: [
    WarehouseService, LocationService, LotService, StockLedgerService, StockQueryService, StockVerifyService, CycleCountService, CycleCountCreationService,
    CycleCountClosingService, CycleCountViewService,
  ],
})
export class InventoryModule {}
