export { LocationDto, toLocationDto } from './api/location.dto';
export { toWarehouseDto, WarehouseDto } from './api/warehouse.dto';
export { LOCATION_TYPES, LocationType } from './entities/location.entity';
export { InventoryModule } from './inventory.module';
export { MAX_BINS_PER_RANGE } from './services/location-range';
export { LocationService } from './services/location.service';
export type { LocationChanges, LocationQuery, LocationRange, LocationRangeResult, NewLocation } from './services/location.service';
export { WarehouseService } from './services/warehouse.service';
export type { NewWarehouse, WarehouseChanges, WarehouseQuery } from './services/warehouse.service';
