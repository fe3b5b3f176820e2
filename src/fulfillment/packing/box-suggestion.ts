/**
 * Empty space a box needs beyond the items' own volume: rectangular goods never tile a carton
 * perfectly, and void fill takes room too. 1.25 (items fill at most 80 % of the box) is the usual
 * figure for mixed e-commerce orders; tighter factors pick boxes that do not close in practice.
 */
export const FILL_FACTOR = 1.25;

export interface ItemToPack {
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  netWeightG: number;
  quantity: number;
}

export interface BoxSize {
  code: string;
  innerLengthMm: number;
  innerWidthMm: number;
  innerHeightMm: number;
  tareWeightG: number;
  maxGrossWeightG: number;
}

/** Why a box does not fit, for the packer's screen. */
export type BoxMisfit = 'too_small' | 'item_too_long' | 'too_heavy';

const descending = (dims: number[]) => [...dims].sort((a, b) => b - a);

export const boxVolume = (box: BoxSize): number => box.innerLengthMm * box.innerWidthMm * box.innerHeightMm;

export const itemsVolume = (items: ItemToPack[]): number => items.reduce((sum, i) => sum + i.lengthMm * i.widthMm * i.heightMm * i.quantity, 0);

export const itemsWeight = (items: ItemToPack[]): number => items.reduce((sum, i) => sum + i.netWeightG * i.quantity, 0);

/**
 * Whether one unit fits through its sides: the item's sides, longest first, against the box's
 * sides, longest first. Any rotation of the item is allowed, so comparing sorted sides is exact.
 */
export function itemFitsSides(item: Omit<ItemToPack, 'netWeightG' | 'quantity'>, box: Pick<BoxSize, 'innerLengthMm' | 'innerWidthMm' | 'innerHeightMm'>): boolean {
  const itemSides = descending([item.lengthMm, item.widthMm, item.heightMm]);
  const boxSides = descending([box.innerLengthMm, box.innerWidthMm, box.innerHeightMm]);
  return itemSides.every((side, i) => side <= boxSides[i]);
}

/** The first reason the items do not fit the box, or null when they do. */
export function boxMisfit(items: ItemToPack[], box: BoxSize): BoxMisfit | null {
  if (items.some((item) => !itemFitsSides(item, box))) return 'item_too_long';
  if (itemsWeight(items) + box.tareWeightG > box.maxGrossWeightG) return 'too_heavy';
  if (boxVolume(box) < itemsVolume(items) * FILL_FACTOR) return 'too_small';
  return null;
}

/**
 * The smallest box (by inner volume; then lighter tare, then code, so the answer is stable) that
 * holds all items. Null when none does: the packer splits the order into several parcels.
 */
export function suggestBox<B extends BoxSize>(items: ItemToPack[], boxes: B[]): B | null {
  const fitting = boxes.filter((box) => boxMisfit(items, box) === null);
  fitting.sort((a, b) => boxVolume(a) - boxVolume(b) || a.tareWeightG - b.tareWeightG || a.code.localeCompare(b.code));
  return fitting[0] ?? null;
}
