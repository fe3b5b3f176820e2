import { InvalidCodeError } from './invalid-code.error';

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;
/** Service indicator, 8-digit serial, check digit, ISO 3166 alpha-2 country. Upper case only, as printed. */
const S10 = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;

/**
 * UPU S10 check digit: c = 11 − (Σ digit·weight mod 11). The two results that
 * are not single digits are remapped by the standard: 10 → 0 and 11 → 5.
 */
export function s10CheckDigit(serial8: string): number {
  if (!/^\d{8}$/.test(serial8)) {
    throw new InvalidCodeError('S10 serial', serial8, 'must be exactly 8 digits');
  }
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    sum += Number(serial8[i]) * WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  if (c === 10) return 0;
  if (c === 11) return 5;
  return c;
}

export function isValidS10(code: string): boolean {
  const m = S10.exec(code);
  return m !== null && s10CheckDigit(m[2]) === Number(m[3]);
}

/** Builds an S10 item ID such as LX123456785US; letters are upper-cased for convenience. */
export function buildS10(service: string, serial: number, country: string): string {
  const svc = service.toUpperCase();
  const cc = country.toUpperCase();
  if (!/^[A-Z]{2}$/.test(svc)) {
    throw new InvalidCodeError('S10 service indicator', service, 'must be 2 letters');
  }
  if (!/^[A-Z]{2}$/.test(cc)) {
    throw new InvalidCodeError('S10 country code', country, 'must be 2 letters');
  }
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999_999) {
    throw new InvalidCodeError('S10 serial', String(serial), 'must be an integer from 0 to 99999999');
  }
  const digits = String(serial).padStart(8, '0');
  return `${svc}${digits}${s10CheckDigit(digits)}${cc}`;
}
