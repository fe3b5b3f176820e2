import { InvalidCodeError } from './invalid-code.error';

const DIGITS = /^\d+$/;
const GTIN_LENGTHS = new Set([8, 12, 13, 14]);
const SSCC_LENGTH = 18;
/** Extension digit + company prefix + serial reference always take 17 - 1 = 16 digits. */
const SSCC_PREFIX_AND_SERIAL = 16;

/**
 * GS1 mod-10 check digit (GS1 General Specifications §7.9.1). Weights alternate
 * 3,1,3,… starting from the RIGHTMOST body digit, so the same function serves
 * GTIN-8/12/13/14, SSCC and GLN, and left zero-padding does not change the result.
 */
export function gs1CheckDigit(body: string): number {
  if (!DIGITS.test(body)) {
    throw new InvalidCodeError('GS1 body', body, 'must be a non-empty string of digits');
  }
  let sum = 0;
  for (let i = body.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
    sum += Number(body[i]) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit is the GS1 check digit of the rest. */
function hasValidGs1CheckDigit(code: string): boolean {
  return gs1CheckDigit(code.slice(0, -1)) === Number(code[code.length - 1]);
}

export function isValidGtin(code: string): boolean {
  return DIGITS.test(code) && GTIN_LENGTHS.has(code.length) && hasValidGs1CheckDigit(code);
}

/**
 * Returns the GTIN-14 form. Zero-padding keeps the check digit valid, so storing
 * every GTIN as 14 digits lets GTIN-8/12/13 of the same item compare equal.
 */
export function normalizeGtin(code: string): string {
  if (!DIGITS.test(code)) {
    throw new InvalidCodeError('GTIN', code, 'must contain only digits');
  }
  if (!GTIN_LENGTHS.has(code.length)) {
    throw new InvalidCodeError('GTIN', code, 'length must be 8, 12, 13 or 14 digits');
  }
  if (!hasValidGs1CheckDigit(code)) {
    throw new InvalidCodeError('GTIN', code, 'check digit does not match');
  }
  return code.padStart(14, '0');
}

/** Bare 18-digit SSCC only; use parseSscc for scanned or human-readable input. */
export function isValidSscc(code: string): boolean {
  return DIGITS.test(code) && code.length === SSCC_LENGTH && hasValidGs1CheckDigit(code);
}

/**
 * Accepts an SSCC with or without its AI: "(00)…" as printed under the barcode,
 * or "00…" as a scanner delivers it. Whitespace is dropped because the
 * human-readable line is often grouped, e.g. "(00) 1 0614141 123456789 7". The bare "00" is only stripped from 20-digit
 * input, because a valid 18-digit SSCC may itself begin with "00".
 */
export function parseSscc(input: string): string {
  let code = input.replace(/\s+/g, '');
  if (code.startsWith('(00)')) {
    code = code.slice(4);
  } else if (code.length === SSCC_LENGTH + 2 && code.startsWith('00')) {
    code = code.slice(2);
  }
  if (!DIGITS.test(code) || code.length !== SSCC_LENGTH) {
    throw new InvalidCodeError('SSCC', input, 'must be 18 digits, optionally prefixed by (00) or 00');
  }
  if (!hasValidGs1CheckDigit(code)) {
    throw new InvalidCodeError('SSCC', input, 'check digit does not match');
  }
  return code;
}

/**
 * Builds an 18-digit SSCC. The company prefix length (7–11 digits) determines
 * how many digits remain for the serial reference; a serial that would overflow
 * is rejected rather than truncated, since truncation would create duplicates.
 */
export function buildSscc(extensionDigit: number, companyPrefix: string, serial: number | bigint): string {
  if (!Number.isInteger(extensionDigit) || extensionDigit < 0 || extensionDigit > 9) {
    throw new InvalidCodeError('SSCC extension digit', String(extensionDigit), 'must be a single digit 0–9');
  }
  if (!DIGITS.test(companyPrefix) || companyPrefix.length < 7 || companyPrefix.length > 11) {
    throw new InvalidCodeError('GS1 company prefix', companyPrefix, 'must be 7 to 11 digits');
  }
  if (typeof serial === 'number' ? !Number.isSafeInteger(serial) || serial < 0 : serial < 0n) {
    throw new InvalidCodeError('SSCC serial reference', String(serial), 'must be a non-negative integer');
  }
  const width = SSCC_PREFIX_AND_SERIAL - companyPrefix.length;
  const serialDigits = serial.toString();
  if (serialDigits.length > width) {
    throw new InvalidCodeError(
      'SSCC serial reference',
      serialDigits,
      `does not fit in ${width} digits with a ${companyPrefix.length}-digit company prefix`,
    );
  }
  const body = `${extensionDigit}${companyPrefix}${serialDigits.padStart(width, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
}
