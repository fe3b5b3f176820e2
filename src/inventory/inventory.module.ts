import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LocationsController } from './api/locations.controller';
import { WarehouseLocationsController } from './api/warehouse-locations.controller';
import { WarehousesController } from './api/warehouses.controller';
import { Location } from './entities/location.entity';
import { Warehouse } from './entities/warehouse.entity';
import { LocationService } from './services/location.service';
import { WarehouseService } from './services/warehouse.service';

@Module({
  imports: [TypeOrmModule.forFeature([Warehouse, Location])],
  controllers: [WarehousesController, WarehouseLocationsController, LocationsController],
  providers: [WarehouseService, LocationService],
  exports: [WarehouseService, LocationService],
})
export class InventoryModule {}
