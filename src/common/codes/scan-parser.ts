import {
  LOCATION_CODE_MAX_LENGTH,
  LOCATION_CODE_PATTERN,
  WAREHOUSE_CODE_PATTERN,
  locationBarcode,
} from '../../inventory/services/location-code';
import { gs1CheckDigit, normalizeGtin } from './gs1';
import {
  GS1_SEPARATORS,
  GS1_SYMBOLOGY_IDENTIFIERS,
  type Gs1Element,
  gs1Date,
  parseGs1ElementString,
} from './gs1-element-string';
import { InvalidCodeError } from './invalid-code.error';

export type ParsedScan =
  | { kind: 'location'; barcode: string; warehouseCode: string; code: string }
  | {
      kind: 'item';
      gtin: string;
      lot?: string;
      /** YYYY-MM-DD */
      expiry?: string;
      count?: number;
      serial?: string;
      source: 'gtin' | 'gs1';
    }
  | { kind: 'container'; sscc: string; gtin?: string; count?: number; lot?: string; expiry?: string }
  | { kind: 'sku'; sku: string };

/** Same rule as the product SKU column (ck_product_sku_format). */
const SKU_PATTERN = /^[A-Z0-9][A-Z0-9._-]{1,39}$/;
const AIM_IDENTIFIER = /^\][A-Za-z][0-9A-Za-z]/;
const GTIN_LENGTHS = new Set([8, 12, 13, 14]);
/** 16 digits is the shortest useful raw element string: AI 01 + GTIN-14. */
const RAW_GS1_START = /^\d{16}/;

const show = (text: string): string => JSON.stringify(text);

class ScanRejection extends Error {}
function reject(reason: string): never {
  throw new ScanRejection(reason);
}

/**
 * Location labels are printed upper-case; upper-casing the scan undoes a keyboard-wedge
 * scanner typing with Caps Lock on, and cannot merge two codes because both parts are upper-case only.
 */
function parseLocation(text: string): ParsedScan {
  const parts = text.toUpperCase().split(':');
  if (parts.length !== 3) reject(`location barcode has ${parts.length} ":"-separated parts; expected LOC:<warehouse>:<location>`);
  const [, warehouseCode, code] = parts;
  if (!WAREHOUSE_CODE_PATTERN.test(warehouseCode)) {
    reject(`location barcode warehouse code ${show(warehouseCode)} must be 2–20 upper-case letters, digits or dashes`);
  }
  if (code.length > LOCATION_CODE_MAX_LENGTH || !LOCATION_CODE_PATTERN.test(code)) {
    reject(`location barcode location code ${show(code)} must be 1–${LOCATION_CODE_MAX_LENGTH} letters or digits in dash-separated groups`);
  }
  return { kind: 'location', barcode: locationBarcode(warehouseCode, code), warehouseCode, code };
}

function parseBareGtin(digits: string): ParsedScan {
  const expected = gs1CheckDigit(digits.slice(0, -1));
  const actual = digits[digits.length - 1];
  if (expected !== Number(actual)) {
    reject(`${digits.length} digits but the GS1 check digit should be ${expected}, not ${actual}`);
  }
  return { kind: 'item', gtin: normalizeGtin(digits), source: 'gtin' };
}

/** Drops undefined fields so results compare and serialise cleanly. */
function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * An SSCC makes the scan a container (its 02 + 37 describe the contents); otherwise a
 * GTIN (01, or 02 + 37 on a unit without SSCC) makes it an item. Count is 37, else 30.
 */
function fromElements(elements: Gs1Element[], today: Date): ParsedScan {
  const get = (ai: string): string | undefined => elements.find((e) => e.ai === ai)?.value;
  const expiryDate = get('17');
  const countText = get('37') ?? get('30');
  const common = defined({
    lot: get('10'),
    expiry: expiryDate === undefined ? undefined : gs1Date(expiryDate, today),
    count: countText === undefined ? undefined : Number(countText),
  });
  const sscc = get('00');
  if (sscc !== undefined) return { kind: 'container', sscc, ...defined({ gtin: get('02') ?? get('01') }), ...common };
  const gtin = get('01') ?? get('02');
  if (gtin !== undefined) return { kind: 'item', gtin, ...common, ...defined({ serial: get('21') }), source: 'gs1' };
  return reject(
    `GS1 element string with AIs ${elements.map((e) => e.ai).join(', ')} has neither an SSCC (00) nor a GTIN (01 or 02)`,
  );
}

function classify(scan: string, today: Date): ParsedScan {
  if (scan === '') reject('the scan is empty');
  const aim = AIM_IDENTIFIER.exec(scan)?.[0];
  if (aim !== undefined && GS1_SYMBOLOGY_IDENTIFIERS.includes(aim)) {
    return fromElements(parseGs1ElementString(scan, today), today);
  }
  // Scanners set to send AIM identifiers prefix every symbology (]E0 EAN-13, ]C0 plain Code 128, …);
  // for non-GS1 symbologies the identifier says nothing about the meaning, so classify the rest.
  const text = aim === undefined ? scan : scan.slice(aim.length);
  if (/^LOC:/i.test(text)) return parseLocation(text);
  if (text.startsWith('(') || GS1_SEPARATORS.some((sep) => text.includes(sep)) || RAW_GS1_START.test(text)) {
    return fromElements(parseGs1ElementString(text, today), today);
  }
  if (/^\d+$/.test(text) && GTIN_LENGTHS.has(text.length)) return parseBareGtin(text);
  const sku = text.toUpperCase();
  if (SKU_PATTERN.test(sku)) return { kind: 'sku', sku };
  return reject(
    `${show(text)} is not a location barcode (LOC:…), a GTIN (8, 12, 13 or 14 digits), a GS1 element string ` +
      `or a SKU (2–40 letters, digits, ".", "_" or "-")`,
  );
}

/**
 * Classifies what a handheld scanner typed: location label, bare GTIN, GS1 element string
 * (item or container) or SKU candidate. Surrounding whitespace, including the CR/LF the
 * scanner sends as Enter, is ignored. `today` anchors the century of GS1 two-digit years.
 * Throws InvalidCodeError (kind `scan`) naming what was read and why it was rejected.
 */
export function parseScan(raw: string, today: Date = new Date()): ParsedScan {
  const scan = raw.trim();
  try {
    return classify(scan, today);
  } catch (e) {
    if (e instanceof ScanRejection) throw new InvalidCodeError('scan', scan, e.message);
    if (e instanceof InvalidCodeError) throw new InvalidCodeError('scan', scan, `${e.kind}: ${e.reason}`);
    throw e;
  }
}
