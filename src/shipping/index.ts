export { ShippingModule } from './shipping.module';
export { ShipmentLabelService } from './labels/shipment-label.service';
export { CarrierCatalogService } from './carriers/carrier-catalog.service';
export { LabelStatus } from './labels/shipment-label.lifecycle';
export type { ShipmentLabel } from './entities/shipment-label.entity';
export type { CarrierAdapter, BookedShipment, ShipmentRequest } from './carriers/carrier-adapter';
export { ParcelDirectory } from './parcels/parcel-facts';
export type { ParcelFacts, ShipTo } from './parcels/parcel-facts';
