/** Warehouse codes: upper-case letters, digits and dashes, 2–20 characters, e.g. `US-NJ1`. */
export const WAREHOUSE_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,19}$/;

/** Location codes: upper-case letter/digit segments joined by `-`, e.g. `A-01-02-03` or `DOCK1`. */
export const LOCATION_CODE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
export const LOCATION_CODE_MAX_LENGTH = 40;

export interface LocationAddress {
  zone: string | null;
  aisle: string | null;
  rack: string | null;
  level: string | null;
}

const NO_ADDRESS: LocationAddress = { zone: null, aisle: null, rack: null, level: null };

/** Splits a `zone-aisle-rack-level` code into its parts; any other shape has no parts. */
export function parseLocationAddress(code: string): LocationAddress {
  const parts = code.split('-');
  if (parts.length !== 4) return NO_ADDRESS;
  const [zone, aisle, rack, level] = parts;
  return { zone, aisle, rack, level };
}

/** The value printed on the bin label. It names the warehouse, so a scanned bin is never ambiguous. */
export function locationBarcode(warehouseCode: string, locationCode: string): string {
  return `LOC:${warehouseCode}:${locationCode}`;
}
