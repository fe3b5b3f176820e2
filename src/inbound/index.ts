export { InboundModule } from './inbound.module';
export { ShipmentMode } from './entities/inbound-shipment.entity';
export { ShipmentStatus } from './shipments/shipment.lifecycle';
export { ShipmentQueryService } from './shipments/shipment-query.service';
export type { ArrivingThisWeek } from './shipments/shipment-query.service';
export { ValuationService } from './valuation/valuation.service';
export type { ValuationReport } from './valuation/valuation.service';
