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

/** Reads parcels from fulfillment, several at a time so lists and manifests cost a few queries. */
export abstract class ParcelDirectory {
  /** The closed (weighed and sealed) parcels among these ids; others are left out. */
  abstract closedParcels(parcelIds: string[]): Promise<Map<string, ParcelFacts>>;

  /** Where these parcels stand in fulfillment, and whose orders they are; unknown ids are left out. */
  abstract parcelStates(parcelIds: string[]): Promise<Map<string, ParcelState>>;

  /** The parcel once it is closed; null when there is no such closed parcel. */
  async closedParcel(parcelId: string): Promise<ParcelFacts | null> {
    return (await this.closedParcels([parcelId])).get(parcelId) ?? null;
  }

  async parcelState(parcelId: string): Promise<ParcelState | null> {
    return (await this.parcelStates([parcelId])).get(parcelId) ?? null;
  }
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
