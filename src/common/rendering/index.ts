export * from './units';
export { FONT, fontFor } from './fonts';
export type { FontName } from './fonts';
export * from './document';
export * from './barcode';
export * from './table';
