import { parseSscc } from '../../common/codes';
import { FieldError } from '../../common/errors';
import { CsvSyntaxError, parseCsv } from './csv';

/** One declared carton, before its products are looked up. */
export interface CartonDraft {
  /** Null: the next SSCC of our own range is assigned. */
  sscc: string | null;
  /** Where a problem with the SSCC is reported: `rows[3].sscc` or `sscc`. */
  ssccField: string;
  grossWeightG: number | null;
  contents: ContentDraft[];
}

export interface ContentDraft {
  /** Where the content came from, for error messages: `rows[3]` or `cartons[0].contents[1]`. */
  field: string;
  sku: string;
  lot: string | null;
  expiry: string | null;
  quantity: number;
}

export const PACKING_LIST_COLUMNS = ['sscc', 'sku', 'lot', 'expiry', 'quantity', 'gross_weight_g'] as const;
type Column = (typeof PACKING_LIST_COLUMNS)[number];
const REQUIRED: Column[] = ['sku', 'quantity'];
export const MAX_PACKING_LIST_ROWS = 5000;

const LOT = /^[!-~]{1,20}$/;
const POSITIVE_INT = /^[1-9]\d{0,8}$/;

/** `YYYY-MM-DD` naming a real calendar day. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * Reads a packing list: a header row naming the columns (any order, case-insensitive), then one
 * row per product in a carton. Rows sharing an SSCC are one mixed carton; a row without SSCC is a
 * carton of its own and gets a generated SSCC. A carton's gross weight may be given on any of its
 * rows (repeating it is fine, two different values are not). Data rows are numbered from 1 — the
 * first row under the header is `rows[1]` — and every bad row is reported, not just the first.
 */
export function readPackingList(csv: string): { cartons: CartonDraft[]; errors: FieldError[] } {
  let records: { line: number; fields: string[] }[];
  try {
    records = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { cartons: [], errors: [{ field: 'csv', message: `CSV cannot be read at ${error.message}` }] };
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return { cartons: [], errors: [{ field: 'csv', message: 'csv is empty; a header row is required' }] };
  const { index, errors: headerErrors } = readHeader(header.fields);
  if (!index) return { cartons: [], errors: headerErrors };
  if (rows.length === 0) return { cartons: [], errors: [{ field: 'csv', message: 'csv has a header but no rows' }] };
  if (rows.length > MAX_PACKING_LIST_ROWS) return { cartons: [], errors: [{ field: 'csv', message: `csv has more than ${MAX_PACKING_LIST_ROWS} rows; split it` }] };

  const errors: FieldError[] = [];
  const cartons: CartonDraft[] = [];
  const bySscc = new Map<string, CartonDraft>();
  rows.forEach((record, i) => {
    const field = `rows[${i + 1}]`;
    const row = readRow(record.fields, index, field, header.fields.length, errors);
    if (!row) return;
    const content: ContentDraft = { field, sku: row.sku, lot: row.lot, expiry: row.expiry, quantity: row.quantity };
    const existing = row.sscc ? bySscc.get(row.sscc) : undefined;
    if (!existing) {
      const carton = { sscc: row.sscc, ssccField: `${field}.sscc`, grossWeightG: row.grossWeightG, contents: [content] };
      cartons.push(carton);
      if (row.sscc) bySscc.set(row.sscc, carton);
      return;
    }
    if (row.grossWeightG !== null && existing.grossWeightG !== null && row.grossWeightG !== existing.grossWeightG) {
      errors.push({ field: `${field}.gross_weight_g`, message: `carton ${row.sscc} already has gross weight ${existing.grossWeightG} g on an earlier row` });
    }
    existing.grossWeightG ??= row.grossWeightG;
    existing.contents.push(content);
  });
  return { cartons: errors.length ? [] : cartons, errors };
}

function readHeader(names: string[]): { index: Map<Column, number> | null; errors: FieldError[] } {
  const index = new Map<Column, number>();
  const errors: FieldError[] = [];
  names.forEach((raw, i) => {
    const name = raw.trim().toLowerCase() as Column;
    if (!PACKING_LIST_COLUMNS.includes(name)) errors.push({ field: 'header', message: `unknown column "${raw}"; columns are ${PACKING_LIST_COLUMNS.join(', ')}` });
    else if (index.has(name)) errors.push({ field: 'header', message: `column ${name} appears twice` });
    else index.set(name, i);
  });
  for (const name of REQUIRED) if (!index.has(name)) errors.push({ field: 'header', message: `column ${name} is required` });
  return { index: errors.length ? null : index, errors };
}

interface Row {
  sscc: string | null;
  sku: string;
  lot: string | null;
  expiry: string | null;
  quantity: number;
  grossWeightG: number | null;
}

function readRow(fields: string[], index: Map<Column, number>, field: string, width: number, errors: FieldError[]): Row | null {
  if (fields.length !== width) {
    errors.push({ field, message: `row has ${fields.length} fields; the header has ${width}` });
    return null;
  }
  const value = (column: Column) => {
    const i = index.get(column);
    return i === undefined ? '' : fields[i].trim();
  };
  const before = errors.length;
  const fail = (column: Column, message: string) => errors.push({ field: `${field}.${column}`, message });

  const sku = value('sku').toUpperCase();
  if (!sku) fail('sku', 'sku is required');
  const quantityText = value('quantity');
  if (!POSITIVE_INT.test(quantityText)) fail('quantity', `quantity "${quantityText}" must be a whole number of units, at least 1`);
  const lot = value('lot') || null;
  if (lot && !LOT.test(lot)) fail('lot', 'lot must be 1–20 visible ASCII characters');
  const expiry = value('expiry') || null;
  if (expiry && !isCalendarDate(expiry)) fail('expiry', `expiry "${expiry}" must be a date YYYY-MM-DD`);
  const weightText = value('gross_weight_g');
  if (weightText && !POSITIVE_INT.test(weightText)) fail('gross_weight_g', `gross_weight_g "${weightText}" must be a whole number of grams, at least 1`);
  let sscc: string | null = null;
  const ssccText = value('sscc');
  if (ssccText) {
    try {
      sscc = parseSscc(ssccText);
    } catch {
      fail('sscc', `sscc "${ssccText}" is not a valid SSCC-18 (18 digits with the GS1 check digit); leave it empty to have one generated`);
    }
  }
  if (errors.length > before) return null;
  return { sscc, sku, lot, expiry, quantity: Number(quantityText), grossWeightG: weightText ? Number(weightText) : null };
}
