export enum ToleranceVerdict {
  Within = 'within',
  /** Over the expected quantity but inside the tolerance: accepted, flagged. */
  OverFlagged = 'over_flagged',
  /** Beyond the tolerance: refused unless a warehouse lead overrides. */
  OverLimit = 'over_limit',
  /** Nothing of the product was expected: accepted and reported as unexpected. */
  Unexpected = 'unexpected',
}

/** The most units of a line the tolerance accepts without an override. */
export function toleranceLimit(expected: number, percent: number): number {
  return Math.floor((expected * (100 + percent)) / 100);
}

export function judgeQuantity(expected: number, alreadyScanned: number, adding: number, percent: number): ToleranceVerdict {
  if (expected === 0) return ToleranceVerdict.Unexpected;
  const total = alreadyScanned + adding;
  if (total <= expected) return ToleranceVerdict.Within;
  return total <= toleranceLimit(expected, percent) ? ToleranceVerdict.OverFlagged : ToleranceVerdict.OverLimit;
}

export interface TallyLine {
  id: string;
  expected: number;
}

export interface LineTally {
  id: string;
  expected: number;
  /** Good and damaged units counted against this line. */
  received: number;
  damaged: number;
  over: number;
  short: number;
}

/**
 * Counts a product's scanned units against its receipt lines (several when two PO lines order
 * the same product): lines fill in order up to what they expect and the last takes any excess.
 * Damaged units are counted into the same lines, first lines first.
 */
export function tallyProduct(lines: readonly TallyLine[], good: number, damaged: number): LineTally[] {
  let left = good + damaged;
  const received = lines.map((line, i) => {
    const take = i === lines.length - 1 ? left : Math.min(left, line.expected);
    left -= take;
    return take;
  });
  let damagedLeft = damaged;
  return lines.map((line, i) => {
    const lineDamaged = Math.min(damagedLeft, received[i]);
    damagedLeft -= lineDamaged;
    return {
      id: line.id, expected: line.expected, received: received[i], damaged: lineDamaged,
      over: Math.max(0, received[i] - line.expected), short: Math.max(0, line.expected - received[i]),
    };
  });
}
