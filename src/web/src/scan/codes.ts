/** Bin barcodes read `LOC:<warehouse>:<bin>`; a worker typing by hand may give just the bin code. */
export function binBarcode(scanned: string, warehouseCode: string | undefined): string {
  const code = scanned.trim();
  if (/^LOC:/i.test(code) || !warehouseCode) return code;
  return `LOC:${warehouseCode}:${code.toUpperCase()}`;
}

/** The bin code in a bin barcode (`LOC:US-NJ1:A-01-01-01` → `A-01-01-01`). */
export function binCode(barcode: string): string {
  return barcode.replace(/^LOC:[^:]+:/i, '').toUpperCase();
}

/** A carton's SSCC: 18 digits, alone or after AI 00 (`(00)…`, `00…`, the GS1-128 form with its symbology prefix). */
export function isSscc(code: string): boolean {
  return /^((\]C1)?(\(00\)|00))?\d{18}$/.test(code.replace(/\s/g, ''));
}

/** GS1 strings with a count (AI 30 or 37) say how many units they are; no quantity to ask for. */
export function carriesCount(code: string): boolean {
  return /\((30|37)\)\d+/.test(code);
}

export function isUuid(code: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(code);
}

/** A positive whole number typed as a quantity, or null. */
export function quantityOf(typed: string, allowZero = false): number | null {
  if (!/^\d{1,7}$/.test(typed)) return null;
  const n = Number(typed);
  return n > 0 || (allowZero && n === 0) ? n : null;
}
