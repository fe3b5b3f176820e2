/** The destination of a parcel as the order gives it. */
export interface ShipTo {
  name: string;
  /** Street lines, one to three. */
  lines: string[];
  city: string;
  region: string | null;
  postcode: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  phone: string | null;
  email: string | null;
}

/**
 * What shipping needs to know about a closed parcel, in fulfillment's terms but owned here: a
 * small interface so labels, customs and manifests depend on the facts, not on fulfillment's tables.
 */
export interface ParcelFacts {
  parcelId: string;
  orderId: string;
  /** The shop's order number, printed in the label's reference zone. */
  orderReference: string;
  /** "Parcel `sequence` of `count`". */
  sequence: number;
  count: number;
  /** From the scale, when the parcel was closed. */
  grossWeightG: number;
  dimensions: { lengthMm: number; widthMm: number; heightMm: number };
  /** Units per product; kits are already broken into their components. */
  lines: { productId: string; quantity: number }[];
  shipTo: ShipTo;
  serviceLevel: string;
  iossNumber: string | null;
  warehouseId: string;
  /** The shop partner that placed the order. */
  shopPartnerId: string;
}

/** Reads closed parcels from fulfillment. */
export abstract class ParcelDirectory {
  /** The parcel once it is closed (weighed and sealed); null when there is no such closed parcel. */
  abstract closedParcel(parcelId: string): Promise<ParcelFacts | null>;

  /** Where any parcel stands in fulfillment, and whose order it is; null when there is no such parcel. */
  abstract parcelState(parcelId: string): Promise<ParcelState | null>;
}

export interface ParcelState {
  parcelId: string;
  orderId: string;
  /** The shop's order number. */
  orderReference: string;
  /** Fulfillment's parcel status: open, closed, shipped or delivered. */
  status: string;
  /** The shop partner that placed the order: it may follow the parcel. */
  shopPartnerId: string;
}
