import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog';
import { FulfillmentModule } from '../fulfillment';
import { IdentityModule } from '../identity';
import { InventoryModule } from '../inventory';
import { ProcurementModule } from '../procurement';
import { CarriersController } from './api/carriers.controller';
import { FloorLabelsController } from './api/floor-labels.controller';
import { ManifestsController } from './api/manifests.controller';
import { ParcelDocumentsController } from './api/parcel-documents.controller';
import { ParcelLabelsController } from './api/parcel-labels.controller';
import { ParcelTrackingController } from './api/parcel-tracking.controller';
import { CARRIER_ADAPTER_PROVIDERS } from './carriers/adapters';
import { CarrierAdapters } from './carriers/carrier-adapters';
import { CarrierCatalogService } from './carriers/carrier-catalog.service';
import { CustomsDeclarationService } from './customs/customs-declaration.service';
import { ExchangeRates } from './customs/exchange-rates';
import { ProcurementExchangeRates } from './customs/procurement-exchange-rates';
import { ShippingDocumentJobs } from './documents/document-jobs';
import { LabelDocumentRenderer } from './documents/label-document-renderer';
import { ShippingDocumentService } from './documents/shipping-document.service';
import { CarrierService } from './entities/carrier-service.entity';
import { Carrier } from './entities/carrier.entity';
import { CustomsDeclaration } from './entities/customs-declaration.entity';
import { ManifestLine } from './entities/manifest-line.entity';
import { Manifest } from './entities/manifest.entity';
import { ShipmentLabel } from './entities/shipment-label.entity';
import { ShippingDocument } from './entities/shipping-document.entity';
import { TrackingEvent } from './entities/tracking-event.entity';
import { RenderLabelDocumentsHandler } from './jobs/render-label-documents.handler';
import { RenderManifestPdfHandler } from './jobs/render-manifest-pdf.handler';
import { FloorLabelService } from './labels/floor/floor-label.service';
import { LabelAccess } from './labels/label-access';
import { LabelBookingService } from './labels/label-booking.service';
import { ShipmentLabelService } from './labels/shipment-label.service';
import { ManifestPickupService } from './manifests/manifest-pickup.service';
import { ManifestService } from './manifests/manifest.service';
import { CarrierParcelsService } from './parcels/carrier-parcels.service';
import { TrackingTimelineService } from './tracking/tracking-timeline.service';
import { TrackingService } from './tracking/tracking.service';
import { FulfillmentParcels } from './parcels/fulfillment-parcels';
import { ParcelDirectory } from './parcels/parcel-facts';

@Module({
  imports: [
    TypeOrmModule.forFeature([Carrier, CarrierService, ShipmentLabel, CustomsDeclaration, ShippingDocument, Manifest, ManifestLine, TrackingEvent]),
    CatalogModule,
    ProcurementModule,
    InventoryModule,
    IdentityModule,
    FulfillmentModule,
  ],
  controllers: [CarriersController, ParcelLabelsController, ParcelDocumentsController, ManifestsController, FloorLabelsController, ParcelTrackingController],
  providers: [
    ...CARRIER_ADAPTER_PROVIDERS,
    CarrierAdapters,
    CarrierCatalogService,
    { provide: ExchangeRates, useClass: ProcurementExchangeRates },
    { provide: ParcelDirectory, useClass: FulfillmentParcels },
    CustomsDeclarationService,
    LabelAccess,
    LabelBookingService,
    ShipmentLabelService,
    ShippingDocumentJobs,
    LabelDocumentRenderer,
    ShippingDocumentService,
    ManifestService,
    ManifestPickupService,
    CarrierParcelsService,
    TrackingService,
    TrackingTimelineService,
    FloorLabelService,
    RenderLabelDocumentsHandler,
    RenderManifestPdfHandler,
  ],
  // The partner API (integrations) serves carriers through these.
  exports: [ShipmentLabelService, CarrierCatalogService, CarrierParcelsService, ManifestService, ManifestPickupService, TrackingService],
})
export class ShippingModule {}
