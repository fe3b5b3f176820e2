/** Average costs are kept in millionths of a minor unit. */
export const MICROS = 1_000_000n;

/** n / d rounded half up, for the non-negative amounts of costing. */
export function divideHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/**
 * Moving weighted average after a receipt: the stock already on hand keeps its average, the
 * received units come in at their landed value (exact, not per-unit rounded). Stock below zero
 * (counted out before it was received) is treated as none, so it cannot drag the average.
 */
export function averageAfterReceipt(onHand: number, averageMicros: bigint, receivedQuantity: number, receivedValueMinor: bigint): bigint {
  const before = BigInt(Math.max(onHand, 0));
  const units = before + BigInt(receivedQuantity);
  if (units === 0n) return averageMicros;
  return divideHalfUp(before * averageMicros + receivedValueMinor * MICROS, units);
}

/**
 * A true-up (estimated costs replaced by the invoice) changes the value of units received
 * earlier. The whole difference goes into the units on hand now, including for units already sold,
 * since their cost of sales is not restated; with nothing on hand the average stays.
 */
export function averageAfterTrueUp(onHand: number, averageMicros: bigint, valueChangeMinor: bigint): bigint {
  if (onHand <= 0) return averageMicros;
  const value = BigInt(onHand) * averageMicros + valueChangeMinor * MICROS;
  return value <= 0n ? 0n : divideHalfUp(value, BigInt(onHand));
}

/** Value of `quantity` units at an average, in whole minor units (half up). */
export function valueAt(quantity: number, averageMicros: bigint): bigint {
  return quantity <= 0 ? 0n : divideHalfUp(BigInt(quantity) * averageMicros, MICROS);
}

/** The average per unit in whole minor units (half up), for display. */
export function averageInMinor(averageMicros: bigint): bigint {
  return divideHalfUp(averageMicros, MICROS);
}
