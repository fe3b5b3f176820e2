/**
 * The 4×6 in label's zones, top to bottom (reference §6), in millimetres from the top-left corner.
 * The PDF and the ZPL renderers both place their fields from this one table.
 */
export const LABEL_WIDTH_MM = 101.6;
export const LABEL_HEIGHT_MM = 152.4;
export const MARGIN_MM = 3;
export const CONTENT_WIDTH_MM = LABEL_WIDTH_MM - 2 * MARGIN_MM;
export const RULE_MM = 0.4;

/** Type sizes (cell height in mm); the recipient's is the largest on the label. */
export const TYPE = {
  caption: 2.2,
  sender: 2.6,
  weight: 3.6,
  recipientName: 5.6,
  recipient: 4.6,
  service: 4.4,
  routing: 5,
  reference: 3,
  terms: 5.2,
} as const;

export const ZONES = {
  sender: { top: 3, bottom: 16 },
  recipient: { top: 17.5, bottom: 62 },
  service: { top: 63.5, bottom: 90 },
  tracking: { top: 91.5, bottom: 130 },
  references: { top: 131.5, bottom: 149.4 },
} as const;

/** Sender block leaves room on the right for weight and "n OF m". */
export const SENDER_WIDTH_MM = 66;
export const TWO_D_SIZE_MM = 20;
export const TRACKING_BAR_HEIGHT_MM = 24;
/** 3 dots at 203 dpi; a 13-character S10 number is about 60 mm wide. */
export const TRACKING_MODULE_MM = 0.375;
export const TERMS_BOX_WIDTH_MM = 22;
