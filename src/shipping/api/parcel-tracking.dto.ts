import { ApiProperty } from '@nestjs/swagger';
import { TrackingEvent } from '../entities/tracking-event.entity';
import { TRACKING_STATUSES, TrackingStatus } from '../tracking/tracking-status';
import { ParcelTracking } from '../tracking/tracking-timeline.service';

export class TrackingEventLocationDto {
  city: string | null;
  region: string | null;
  postcode: string | null;
  country: string | null;
}

export class ParcelTrackingEventDto {
  /** In UTC. */
  occurredAt: Date;
  /** The scan's time as the carrier sent it, with the local offset. @example 2026-03-03T14:05:00.000+01:00 */
  localTime: string;
  @ApiProperty({ enum: TRACKING_STATUSES, enumName: 'TrackingStatus' })
  status: TrackingStatus;
  /** The carrier's own event code. */
  carrierCode: string;
  description: string | null;
  location: TrackingEventLocationDto;
  /** Whether the event set the parcel's status (late or older events are kept but do not). */
  applied: boolean;
  receivedAt: Date;
}

export class ParcelTrackingDto {
  parcelId: string;
  orderId: string;
  orderReference: string;
  /** Fulfillment's parcel status: open, closed, shipped, delivered. */
  parcelStatus: string;
  trackingNumber: string | null;
  carrierCode: string | null;
  serviceCode: string | null;
  trackingUrl: string | null;
  @ApiProperty({ enum: TRACKING_STATUSES, enumName: 'TrackingStatus', nullable: true })
  trackingStatus: TrackingStatus | null;
  trackingStatusAt: Date | null;
  /** Oldest first. */
  events: ParcelTrackingEventDto[];
}

/** `2026-03-03T13:05:00.000Z` at `+01:00` → `2026-03-03T14:05:00.000+01:00`. */
export function localTime(at: Date, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return `${new Date(at.getTime() + minutes * 60_000).toISOString().slice(0, -1)}${offset}`;
}

function toEventDto(e: TrackingEvent): ParcelTrackingEventDto {
  return {
    occurredAt: e.occurredAt, localTime: localTime(e.occurredAt, e.utcOffset), status: e.status, carrierCode: e.carrierCode, description: e.description,
    location: { city: e.city, region: e.region, postcode: e.postcode, country: e.country }, applied: e.applied, receivedAt: e.receivedAt,
  };
}

export function toParcelTrackingDto({ parcel, label, events }: ParcelTracking): ParcelTrackingDto {
  return {
    parcelId: parcel.parcelId, orderId: parcel.orderId, orderReference: parcel.orderReference, parcelStatus: parcel.status,
    trackingNumber: label?.trackingNumber ?? null, carrierCode: label?.carrier?.code ?? null, serviceCode: label?.carrierService?.code ?? null,
    trackingUrl: label?.carrier ? label.carrier.trackingUrlTemplate.replace('{trackingNumber}', encodeURIComponent(label.trackingNumber)) : null,
    trackingStatus: label?.trackingStatus ?? null, trackingStatusAt: label?.trackingStatusAt ?? null, events: events.map(toEventDto),
  };
}
