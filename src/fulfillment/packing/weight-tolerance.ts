/**
 * A parcel's scale weight may differ from the computed one (items' catalogue net weight plus the
 * box tare) by 10 % or 50 g, whichever is larger. 10 % absorbs packaging and catalogue rounding on
 * heavy parcels; the 50 g floor keeps light parcels (a T-shirt in a mailer) from failing on tape,
 * paper and scale resolution. A missing or extra unit of anything but the lightest goods still
 * falls outside, which is the mistake this check is for.
 */
export const WEIGHT_TOLERANCE_RATIO = 0.1;
export const WEIGHT_TOLERANCE_MIN_G = 50;

export interface WeightCheck {
  computedWeightG: number;
  grossWeightG: number;
  toleranceG: number;
  /** gross − computed; positive when the parcel is heavier than expected. */
  differenceG: number;
  withinTolerance: boolean;
}

export function checkGrossWeight(computedWeightG: number, grossWeightG: number): WeightCheck {
  const toleranceG = Math.max(Math.round(computedWeightG * WEIGHT_TOLERANCE_RATIO), WEIGHT_TOLERANCE_MIN_G);
  const differenceG = grossWeightG - computedWeightG;
  return { computedWeightG, grossWeightG, toleranceG, differenceG, withinTolerance: Math.abs(differenceG) <= toleranceG };
}
