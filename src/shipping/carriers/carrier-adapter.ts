import { FieldError } from '../../common/errors';
import { JsonObject } from '../../common/database/json';
import { ParcelFacts } from '../parcels/parcel-facts';

/** What an adapter gets to book one parcel. */
export interface ShipmentRequest {
  carrier: { code: string; settings: JsonObject };
  service: { code: string; mailClass: string; settings: JsonObject };
  parcel: ParcelFacts;
  shipFromCountry: string;
  shipDate: string;
}

/** What the carrier returns: the number to track and what the label prints besides it. */
export interface BookedShipment {
  trackingNumber: string;
  /** Sort or routing code for zone 3 of the label, e.g. `FR-750`. */
  routingCode: string;
}

/** A document the carrier itself issues for a shipment (its own label image, a waybill …). */
export interface CarrierDocument {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface BookedLabel {
  trackingNumber: string;
  shipDate: string;
  carrier: { code: string; settings: JsonObject };
}

/**
 * The seam between shipping and one carrier. Each adapter lives in its own folder under
 * carriers/adapters and is listed in carriers/adapters/index.ts; docs/shipping.md explains how to
 * add one. Adapters hold no state of their own: what they need is in the carrier's and the
 * service's `settings`, which they check with `settingsProblems`.
 */
export interface CarrierAdapter {
  /** The value of `carrier.adapter` that selects it. */
  readonly key: string;
  settingsProblems(carrierSettings: JsonObject, serviceSettings: JsonObject | null): FieldError[];
  createShipment(request: ShipmentRequest): Promise<BookedShipment>;
  /** Cancels the shipment at the carrier. Must succeed when the carrier already forgot it. */
  voidShipment(label: BookedLabel): Promise<void>;
  documents(label: BookedLabel): Promise<CarrierDocument[]>;
}

/** The injection token of the list of adapters. */
export const CARRIER_ADAPTERS = Symbol('CARRIER_ADAPTERS');

/** Sort code from the destination: country, then the first three characters of the postcode. */
export function sortCode(country: string, postcode: string | null): string {
  const head = (postcode ?? '').replace(/[^A-Za-z0-9]/g, '').slice(0, 3).toUpperCase();
  return head ? `${country}-${head}` : country;
}
