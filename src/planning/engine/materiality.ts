/**
 * A dismissed suggestion stays dismissed while its figures stay close to what the planner saw;
 * it comes back when they move materially.
 */

export interface DismissedFigures {
  quantity: number;
  /** Days from today to the stock-out when it was dismissed (null: none in the horizon). */
  stockoutDate: string | null;
}

export interface MaterialitySettings {
  /** Quantity change, in percent of the dismissed quantity, that counts as material. */
  quantityPercent: number;
  /** A stock-out this many days earlier than when dismissed counts as material. */
  stockoutEarlierDays: number;
}

export const DEFAULT_MATERIALITY: MaterialitySettings = { quantityPercent: 25, stockoutEarlierDays: 7 };

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

export function isMaterialChange(dismissed: DismissedFigures, now: DismissedFigures, s: MaterialitySettings = DEFAULT_MATERIALITY): boolean {
  const base = Math.max(dismissed.quantity, 1);
  if ((Math.abs(now.quantity - dismissed.quantity) * 100) / base > s.quantityPercent) return true;
  if (now.stockoutDate === null) return false;
  if (dismissed.stockoutDate === null) return true;
  return dayNumber(dismissed.stockoutDate) - dayNumber(now.stockoutDate) >= s.stockoutEarlierDays;
}
