import { InvalidCodeError } from './invalid-code.error';

const FIRST10 = /^[A-Z]{4}\d{6}$/;
/** Owner code, category (U container, J detachable equipment, Z trailer/chassis), serial, check digit. */
const CONTAINER = /^[A-Z]{3}[UJZ]\d{7}$/;

/**
 * Letter values per ISO 6346: A=10 upwards, skipping multiples of 11 (11, 22, 33)
 * so that no letter is worth 0 modulo 11.
 */
const LETTER_VALUES: ReadonlyMap<string, number> = (() => {
  const values = new Map<string, number>();
  let value = 10;
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (value % 11 === 0) value++;
    values.set(letter, value++);
  }
  return values;
})();

function clean(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/**
 * Check digit over owner code, category and serial: Σ value·2^i mod 11, where a
 * remainder of 10 is written as 0 (the standard accepts this ambiguity).
 */
export function iso6346CheckDigit(first10: string): number {
  const code = first10.toUpperCase();
  if (!FIRST10.test(code)) {
    throw new InvalidCodeError('container number prefix', first10, 'must be 4 letters followed by 6 digits');
  }
  let sum = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    const value = i < 4 ? (LETTER_VALUES.get(ch) ?? 0) : Number(ch);
    sum += value * 2 ** i;
  }
  return (sum % 11) % 10;
}

/** Accepts either case and ignores spaces, as numbers are often painted "CSQU 305438 3". */
export function isValidContainerNumber(code: string): boolean {
  const c = clean(code);
  return CONTAINER.test(c) && iso6346CheckDigit(c.slice(0, 10)) === Number(c[10]);
}

/** Returns the canonical upper-case, space-free form. */
export function normalizeContainerNumber(code: string): string {
  const c = clean(code);
  if (!CONTAINER.test(c)) {
    throw new InvalidCodeError(
      'container number',
      code,
      'must be 3 letters, category U/J/Z, 6 digits and a check digit',
    );
  }
  if (iso6346CheckDigit(c.slice(0, 10)) !== Number(c[10])) {
    throw new InvalidCodeError('container number', code, 'check digit does not match');
  }
  return c;
}
