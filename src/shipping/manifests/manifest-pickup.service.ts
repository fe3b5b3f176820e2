import { Injectable } from '@nestjs/common';
import { Transactions } from '../../common/database/transactions.service';
import { EventPublisher, NewEvent } from '../../common/events';
import { ParcelDispatchService } from '../../fulfillment';
import { Actor, actorLabel } from '../../identity';
import { CarrierCatalogService } from '../carriers/carrier-catalog.service';
import { ManifestLine } from '../entities/manifest-line.entity';
import { Manifest } from '../entities/manifest.entity';
import { LabelAccess } from '../labels/label-access';
import { ParcelDirectory } from '../parcels/parcel-facts';
import { manifestNotFound } from '../shipping.errors';
import { ManifestService, ManifestView } from './manifest.service';

/**
 * The carrier took the manifest's parcels: their stock leaves the books (`ship` movements that
 * consume the parcels' reservations), parcels and completed orders become `shipped`, and
 * `parcel.shipped` events go out, all in one transaction. A second confirmation finds the
 * manifest picked up and changes nothing.
 */
@Injectable()
export class ManifestPickupService {
  constructor(
    private readonly manifests: ManifestService,
    private readonly access: LabelAccess,
    private readonly catalog: CarrierCatalogService,
    private readonly parcels: ParcelDirectory,
    private readonly dispatch: ParcelDispatchService,
    private readonly events: EventPublisher,
    private readonly transactions: Transactions,
  ) {}

  async confirm(id: string, actor: Actor): Promise<ManifestView> {
    await this.transactions.run(async (manager) => {
      const manifest = await manager.findOne(Manifest, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!manifest || !(await this.access.canSeeCarrier(actor, manifest.carrierId))) throw manifestNotFound(id);
      if (manifest.pickedUpAt) return;
      const lines = await manager.find(ManifestLine, { where: { manifestId: id }, order: { lineNo: 'ASC' } });
      const at = new Date();
      const shipped = await this.dispatch.ship(manager, lines.map((l) => l.parcelId), actor, at);
      await manager.update(Manifest, id, { pickedUpAt: at, pickedUpBy: actorLabel(actor) });

      const carrier = await this.catalog.get(manifest.carrierId);
      const published: NewEvent[] = [];
      for (const parcel of shipped.filter((p) => p.changed)) {
        const line = lines.find((l) => l.parcelId === parcel.parcelId)!;
        const state = await this.parcels.parcelState(parcel.parcelId);
        published.push({
          type: 'parcel.shipped', occurredAt: at, partnerIds: [carrier.partnerId, state?.shopPartnerId],
          data: {
            parcelId: parcel.parcelId, orderId: parcel.orderId, orderReference: state?.orderReference ?? null, trackingNumber: line.trackingNumber,
            carrierCode: carrier.code, serviceCode: line.serviceCode, manifestId: id, manifestNumber: manifest.number,
          },
        });
      }
      await this.events.publishMany(manager, published);
    });
    return this.manifests.get(id, actor);
  }
}
