import { Injectable } from '@nestjs/common';
import { Transactions } from '../../common/database/transactions.service';
import { EventPublisher, NewEvent } from '../../common/events';
import { ParcelDispatchService } from '../../fulfillment';
import { Actor, actorLabel } from '../../identity';
import { Manifest } from '../entities/manifest.entity';
import { ParcelDirectory } from '../parcels/parcel-facts';
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
    private readonly parcels: ParcelDirectory,
    private readonly dispatch: ParcelDispatchService,
    private readonly events: EventPublisher,
    private readonly transactions: Transactions,
  ) {}

  async confirm(id: string, actor: Actor): Promise<ManifestView> {
    // Everything read through the pool is read before the transaction: a transaction waiting for a
    // second connection could starve the pool when many confirmations arrive at once.
    const view = await this.manifests.get(id, actor);
    const { manifest, carrier, lines } = view;
    if (manifest.pickedUpAt) return view;
    const states = await this.parcels.parcelStates(lines.map((l) => l.parcelId));
    await this.transactions.run(async (manager) => {
      const locked = await manager.findOneOrFail(Manifest, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (locked.pickedUpAt) return;
      const at = new Date();
      const shipped = await this.dispatch.ship(manager, lines.map((l) => l.parcelId), actor, at);
      await manager.update(Manifest, id, { pickedUpAt: at, pickedUpBy: actorLabel(actor) });
      const published: NewEvent[] = shipped.filter((p) => p.changed).map((parcel) => {
        const line = lines.find((l) => l.parcelId === parcel.parcelId)!;
        const state = states.get(parcel.parcelId);
        return {
          type: 'parcel.shipped', occurredAt: at, partnerIds: [carrier.partnerId, state?.shopPartnerId],
          data: {
            parcelId: parcel.parcelId, orderId: parcel.orderId, orderReference: state?.orderReference ?? null, trackingNumber: line.trackingNumber,
            carrierCode: carrier.code, serviceCode: line.serviceCode, manifestId: id, manifestNumber: manifest.number,
          },
        };
      });
      await this.events.publishMany(manager, published);
    });
    return this.manifests.get(id, actor);
  }
}
