import { Module } from '@nestjs/common';
import { ShippingModule } from '../shipping';
import { PartnerManifestsController } from './partner/partner-manifests.controller';
import { PartnerParcelsController } from './partner/partner-parcels.controller';
import { PartnerTrackingController } from './partner/partner-tracking.controller';

/** The partner-facing API surface (`/api/v1/partner/…`), served by the owning modules' services. */
@Module({
  imports: [ShippingModule],
  controllers: [PartnerParcelsController, PartnerManifestsController, PartnerTrackingController],
})
export class IntegrationsModule {}
