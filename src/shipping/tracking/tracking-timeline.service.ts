import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, PartnerKind } from '../../identity';
import { ShipmentLabel } from '../entities/shipment-label.entity';
import { TrackingEvent } from '../entities/tracking-event.entity';
import { LabelAccess } from '../labels/label-access';
import { LabelStatus } from '../labels/shipment-label.lifecycle';
import { ParcelDirectory, ParcelState } from '../parcels/parcel-facts';
import { parcelNotFound } from '../shipping.errors';

export interface ParcelTracking {
  parcel: ParcelState;
  /** The label that is not voided, if any, with its carrier. */
  label: ShipmentLabel | null;
  events: TrackingEvent[];
}

/**
 * A parcel's tracking timeline, for staff, the carrier that carries it and the shop whose order it
 * is. Anyone else is told the parcel does not exist.
 */
@Injectable()
export class TrackingTimelineService {
  constructor(
    @InjectRepository(ShipmentLabel) private readonly labels: Repository<ShipmentLabel>,
    @InjectRepository(TrackingEvent) private readonly events: Repository<TrackingEvent>,
    private readonly parcels: ParcelDirectory,
    private readonly access: LabelAccess,
  ) {}

  async timeline(parcelId: string, actor: Actor): Promise<ParcelTracking> {
    const parcel = await this.parcels.parcelState(parcelId);
    if (!parcel) throw parcelNotFound(parcelId);
    const labels = await this.labels.find({ where: { parcelId }, relations: { carrier: true, carrierService: true }, order: { createdAt: 'DESC' } });
    if (!(await this.maySee(actor, parcel, labels))) throw parcelNotFound(parcelId);
    const events = await this.events.find({ where: { parcelId }, order: { occurredAt: 'ASC', receivedAt: 'ASC' } });
    return { parcel, label: labels.find((l) => l.status !== LabelStatus.Voided) ?? null, events };
  }

  private async maySee(actor: Actor, parcel: ParcelState, labels: ShipmentLabel[]): Promise<boolean> {
    if (actor.kind === 'user') return true;
    if (actor.partnerKind === PartnerKind.Shop) return parcel.shopPartnerId === actor.partnerId;
    const visible = await this.access.visibleCarrierIds(actor);
    return labels.some((l) => visible === null || visible.includes(l.carrierId));
  }
}
