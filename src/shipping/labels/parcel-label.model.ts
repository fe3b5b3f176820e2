import { getName } from 'i18n-iso-countries';
import { ParcelIncoterm } from '../customs/incoterm-policy';

/**
 * Everything a 4×6 parcel label prints, already formatted. Stored with the label when it is
 * created, so the PDF and the ZPL at any resolution print the same facts, at any later time.
 */
export interface ParcelLabelModel {
  carrierName: string;
  serviceName: string;
  /** Zone 1, one line each: company, street, place. */
  senderLines: string[];
  weightText: string;
  pieceText: string;
  /** Zone 2, in the largest type. */
  recipientName: string;
  recipientLines: string[];
  /** Zone 3. */
  routingCode: string;
  /** Zone 3's 2D symbol: tracking number, destination country and postcode. */
  sortData: string;
  /** Zone 4, as Code 128 with the human-readable line. */
  trackingNumber: string;
  /** Zone 5. */
  orderReference: string;
  /** Null for a parcel that crosses no customs border. */
  incoterm: ParcelIncoterm | null;
}

export interface PostalAddress {
  name: string;
  lines: string[];
  city: string;
  region: string | null;
  postcode: string | null;
  country: string;
}

/** Countries whose addresses end "CITY REGION POSTCODE" rather than "POSTCODE CITY". */
const CITY_FIRST = new Set(['US', 'CA', 'AU', 'GB', 'IE']);

/** The last lines of an address as the destination's post reads them, upper case, country in English. */
export function placeLines(address: Pick<PostalAddress, 'city' | 'region' | 'postcode' | 'country'>): string[] {
  const parts = CITY_FIRST.has(address.country)
    ? [address.city, address.region, address.postcode]
    : [address.postcode, address.city, address.region];
  const place = parts.filter((p): p is string => !!p && p.trim() !== '').join(' ');
  const countryName = getName(address.country, 'en') ?? address.country;
  return [place.toUpperCase(), countryName.toUpperCase()];
}

export function formatWeight(grams: number): string {
  return `${(grams / 1000).toFixed(2)} KG`;
}
