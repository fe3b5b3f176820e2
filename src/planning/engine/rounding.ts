/** Order quantities as a supplier accepts them: at least the MOQ, in whole cartons. */

/** Whole cartons covering `units` (0 for nothing to order). */
export function roundToCartons(units: number, unitsPerCarton: number): number {
  if (!(units > 0)) return 0;
  const carton = Math.max(1, Math.floor(unitsPerCarton));
  return Math.ceil(Math.ceil(units - 1e-9) / carton) * carton;
}

/**
 * The raw need rounded up to the MOQ, then up to whole cartons (so an MOQ that is not a carton
 * multiple still ends on a full carton, and never below the MOQ).
 */
export function roundOrderQuantity(units: number, moq: number, unitsPerCarton: number): number {
  if (!(units > 0)) return 0;
  return roundToCartons(Math.max(Math.ceil(units - 1e-9), Math.max(1, Math.floor(moq))), unitsPerCarton);
}
