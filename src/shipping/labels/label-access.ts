import { Injectable } from '@nestjs/common';
import { Actor, PartnerKind } from '../../identity';
import { CarrierCatalogService } from '../carriers/carrier-catalog.service';

/**
 * Who may see which parcel's labels and documents. Staff see all; a partner key sees only the
 * parcels of the carriers linked to its partner. Anything else looks like a missing parcel (404),
 * so a carrier cannot probe for another carrier's parcels.
 */
@Injectable()
export class LabelAccess {
  constructor(private readonly carriers: CarrierCatalogService) {}

  /** Null for staff (no restriction), else the carrier ids the key may see (possibly none). */
  async visibleCarrierIds(actor: Actor): Promise<string[] | null> {
    if (actor.kind === 'user') return null;
    if (actor.partnerKind !== PartnerKind.Carrier) return [];
    return this.carriers.carrierIdsOfPartner(actor.partnerId);
  }

  async canSeeCarrier(actor: Actor, carrierId: string): Promise<boolean> {
    const visible = await this.visibleCarrierIds(actor);
    return visible === null || visible.includes(carrierId);
  }
}
