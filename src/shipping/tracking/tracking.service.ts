import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Not, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { DomainError } from '../../common/errors';
import { EventPublisher } from '../../common/events';
import { ParcelDispatchService } from '../../fulfillment';
import { Actor, actorLabel } from '../../identity';
import { TrackingBatchResultDto, TrackingEventResultDto } from '../api/tracking-event.dto';
import { ShipmentLabel } from '../entities/shipment-label.entity';
import { TrackingEvent } from '../entities/tracking-event.entity';
import { LabelAccess } from '../labels/label-access';
import { LabelStatus } from '../labels/shipment-label.lifecycle';
import { ParcelDirectory, ParcelState } from '../parcels/parcel-facts';
import { checkTrackingItem } from './tracking-item-validation';
import { EXCEPTION_STATUSES, movesStatus, TrackingStatus } from './tracking-status';

type ValidItem = Extract<ReturnType<typeof checkTrackingItem>, { ok: true }>;

/**
 * Tracking events in from carriers. Each item is recorded in its own transaction, so one bad or
 * unknown item is reported by index while the others are kept. A carrier can only report on its
 * own labels: another carrier's tracking number is "not found", exactly like a made-up one.
 */
@Injectable()
export class TrackingService {
  constructor(
    @InjectRepository(ShipmentLabel) private readonly labels: Repository<ShipmentLabel>,
    private readonly access: LabelAccess,
    private readonly parcels: ParcelDirectory,
    private readonly dispatch: ParcelDispatchService,
    private readonly events: EventPublisher,
    private readonly transactions: Transactions,
  ) {}

  async record(actor: Actor, raw: Record<string, unknown>[]): Promise<TrackingBatchResultDto> {
    const checked = raw.map((item, index) => checkTrackingItem(item, index));
    const numbers = checked.flatMap((c) => (c.ok ? [c.item.tracking_number] : []));
    const labelFor = await this.currentLabels(actor, numbers);
    // Read through the pool before any item's transaction: a transaction that waits for a second
    // connection could starve the pool when carriers post many batches at once.
    const parcels = await this.parcels.parcelStates([...labelFor.values()].map((l) => l.parcelId));
    const results: TrackingEventResultDto[] = [];
    for (const [index, c] of checked.entries()) {
      if (!c.ok) {
        results.push({ index, result: 'rejected', errors: c.errors });
        continue;
      }
      const label = labelFor.get(c.item.tracking_number);
      if (!label) {
        results.push({ index, result: 'rejected', trackingNumber: c.item.tracking_number, errors: [
          { field: `events[${index}].tracking_number`, message: 'no parcel of yours has this tracking number' },
        ] });
        continue;
      }
      results.push(await this.recordOne(actor, index, label, parcels.get(label.parcelId), c));
    }
    const count = (r: TrackingEventResultDto['result']) => results.filter((x) => x.result === r).length;
    return { accepted: count('accepted'), duplicates: count('duplicate'), rejected: count('rejected'), results };
  }

  /** The labels (not voided) with these numbers that the caller may report on; the newest wins a reused number. */
  private async currentLabels(actor: Actor, numbers: string[]): Promise<Map<string, ShipmentLabel>> {
    if (!numbers.length) return new Map();
    const visible = await this.access.visibleCarrierIds(actor);
    const found = await this.labels.find({
      where: { trackingNumber: In([...new Set(numbers)]), status: Not(LabelStatus.Voided), ...(visible ? { carrierId: In(visible) } : {}) },
      relations: { carrier: true },
      order: { shipDate: 'ASC' },
    });
    return new Map(found.map((l) => [l.trackingNumber, l]));
  }

  private async recordOne(actor: Actor, index: number, known: ShipmentLabel, parcel: ParcelState | undefined, c: ValidItem): Promise<TrackingEventResultDto> {
    const { item, occurredAt } = c;
    const labelId = known.id;
    try {
      return await this.transactions.run(async (manager) => {
        const label = await manager.findOneOrFail(ShipmentLabel, { where: { id: labelId }, lock: { mode: 'pessimistic_write' } });
        const applied = movesStatus({ status: label.trackingStatus, at: label.trackingStatusAt }, { status: item.status, occurredAt });
        const inserted = await manager.createQueryBuilder().insert().into(TrackingEvent).values({
          labelId, parcelId: label.parcelId, trackingNumber: label.trackingNumber, occurredAt, utcOffset: c.utcOffset, status: item.status,
          carrierCode: item.carrier_code, description: item.description ?? null, city: item.location?.city ?? null, region: item.location?.region ?? null,
          postcode: item.location?.postcode ?? null, country: item.location?.country ?? null, applied, reportedBy: actorLabel(actor),
        }).orIgnore().returning(['id']).execute();
        const base = { index, trackingNumber: label.trackingNumber };
        if (!(inserted.raw as unknown[]).length) return { ...base, result: 'duplicate', applied: false, parcelStatus: label.trackingStatus };
        if (applied) await this.apply(manager, actor, { ...label, carrier: known.carrier }, parcel, c);
        return { ...base, result: 'accepted', applied, parcelStatus: applied ? item.status : label.trackingStatus };
      });
    } catch (error) {
      // A business rule refusing this item (never a programming error) rejects it alone.
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      return { index, result: 'rejected', trackingNumber: item.tracking_number, errors: [{ field: `events[${index}]`, message: error.message }] };
    }
  }

  private async apply(manager: EntityManager, actor: Actor, label: ShipmentLabel, parcel: ParcelState | undefined, c: ValidItem): Promise<void> {
    const { status } = c.item;
    const { occurredAt } = c;
    const carrier = label.carrier!;
    await manager.update(ShipmentLabel, label.id, { trackingStatus: status, trackingStatusAt: occurredAt });
    const type = status === TrackingStatus.Delivered ? 'parcel.delivered' : EXCEPTION_STATUSES.includes(status) ? 'parcel.exception' : null;
    if (status === TrackingStatus.Delivered) await this.dispatch.deliver(manager, label.parcelId, actor, occurredAt);
    if (!type) return;
    await this.events.publish(manager, {
      type, occurredAt, partnerIds: [carrier.partnerId, parcel?.shopPartnerId],
      data: {
        parcelId: label.parcelId, orderId: label.orderId, orderReference: parcel?.orderReference ?? null, trackingNumber: label.trackingNumber,
        carrierCode: carrier.code, status, carrierEventCode: c.item.carrier_code, description: c.item.description ?? null, occurredAt: c.item.occurred_at,
        location: c.item.location ?? null,
      },
    });
  }
}
