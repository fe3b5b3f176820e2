/** How the carrier's service carries the item, which decides the customs paperwork. */
export enum MailClass {
  /** UPU letter post (small packets up to 2 kg): CN 22 when the contents are worth ≤ 300 SDR. */
  LetterPost = 'letter_post',
  /** UPU parcel post: always CN 23. */
  ParcelPost = 'parcel_post',
  /** Express/courier: a commercial invoice. */
  Courier = 'courier',
}

export const MAIL_CLASSES = Object.values(MailClass);

export type CustomsForm = 'cn22' | 'cn23' | 'commercial_invoice';

/** 300 SDR in XDR minor units, and 2 kg: the CN 22 limits. */
export const CN22_MAX_VALUE_SDR_MINOR = 30_000;
export const CN22_MAX_GROSS_WEIGHT_G = 2_000;

/**
 * The customs document for an item crossing a border (UPU Convention; reference §1). Letter post
 * with an unknown SDR value gets a CN 23, which is valid at any value.
 */
export function customsFormFor(mailClass: MailClass, valueSdrMinor: number | null, grossWeightG: number): CustomsForm {
  if (mailClass === MailClass.Courier) return 'commercial_invoice';
  if (mailClass === MailClass.ParcelPost) return 'cn23';
  const small = valueSdrMinor !== null && valueSdrMinor <= CN22_MAX_VALUE_SDR_MINOR && grossWeightG <= CN22_MAX_GROSS_WEIGHT_G;
  return small ? 'cn22' : 'cn23';
}
