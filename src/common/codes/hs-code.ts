/**
 * HS / tariff code format checks. HS codes carry no check digit, so this only
 * catches malformed input; whether the line exists in the destination tariff on
 * the ship date must be checked against tariff data elsewhere.
 */

export interface HsCodeRules {
  /** Accepted digit counts, e.g. [6, 8, 10]; depends on the destination tariff. */
  lengths: number[];
  /** Chapters 98/99 are reserved for national use (e.g. US HTSUS); reject them unless enabled. */
  allowNational9899?: boolean;
}

/** Removes the separators used in printed codes, e.g. "6109.10.00.12" → "6109100012". */
export function normalizeHsCode(input: string): string {
  return input.replace(/[.\s-]/g, '');
}

/** Returns the reason for the first broken rule, or null when the code is well formed. */
export function validateHsCode(input: string, opts: HsCodeRules): string | null {
  const code = normalizeHsCode(input);
  if (code === '') {
    return 'HS code is empty';
  }
  if (!/^\d+$/.test(code)) {
    return `HS code "${input}" must contain only digits (dots, spaces and hyphens are ignored)`;
  }
  if (!opts.lengths.includes(code.length)) {
    return `HS code "${input}" has ${code.length} digits; expected ${opts.lengths.join(', ')}`;
  }
  const chapter = Number(code.slice(0, 2));
  if (chapter === 77) {
    return 'HS chapter 77 is reserved and not in use';
  }
  if (chapter === 98 || chapter === 99) {
    return opts.allowNational9899
      ? null
      : `HS chapter ${chapter} is reserved for national use and not accepted for this destination`;
  }
  if (chapter < 1 || chapter > 97) {
    return `HS chapter ${code.slice(0, 2)} is outside 01–97`;
  }
  return null;
}

/**
 * True when both codes agree on the first 6 digits (the internationally harmonised
 * part), which per-country codes for the same SKU must do.
 */
export function hsCodesShareHeading(a: string, b: string): boolean {
  const x = normalizeHsCode(a);
  const y = normalizeHsCode(b);
  return /^\d{6,}$/.test(x) && /^\d{6,}$/.test(y) && x.slice(0, 6) === y.slice(0, 6);
}
