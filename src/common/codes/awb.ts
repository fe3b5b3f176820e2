import { InvalidCodeError } from './invalid-code.error';

/** 3-digit airline prefix, optional "-" or " ", 7-digit serial, check digit. */
const AWB = /^(\d{3})[- ]?(\d{7})(\d)$/;

/** The AWB check digit covers only the serial (serial mod 7); the airline prefix is excluded. */
export function awbCheckDigit(serial7: string): number {
  if (!/^\d{7}$/.test(serial7)) {
    throw new InvalidCodeError('AWB serial', serial7, 'must be exactly 7 digits');
  }
  return Number(serial7) % 7;
}

export function isValidAwb(code: string): boolean {
  const m = AWB.exec(code);
  return m !== null && awbCheckDigit(m[2]) === Number(m[3]);
}

/** Canonical "PPP-SSSSSSSC" form, as printed on the waybill. */
export function normalizeAwb(code: string): string {
  const m = AWB.exec(code);
  if (m === null) {
    throw new InvalidCodeError('air waybill', code, 'must be a 3-digit prefix and 8 digits, e.g. 176-12345675');
  }
  if (awbCheckDigit(m[2]) !== Number(m[3])) {
    throw new InvalidCodeError('air waybill', code, 'check digit does not match');
  }
  return `${m[1]}-${m[2]}${m[3]}`;
}
