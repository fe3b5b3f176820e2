import { LOCATION_CODE_MAX_LENGTH } from './location-code';

/** Most bins one bulk call may create: enough for a whole zone, small enough for one transaction. */
export const MAX_BINS_PER_RANGE = 10_000;

/** A pattern that breaks one of the range rules; `rule` says which, in words a user can act on. */
export class InvalidLocationRangeError extends Error {
  override readonly name = 'InvalidLocationRangeError';

  constructor(readonly rule: string) {
    super(rule);
  }
}

const LITERAL = /^[A-Z0-9]+$/;
const NUMBER = /^\d+$/;
const LETTER = /^[A-Z]$/;

/** The values one segment stands for, in order. */
function expandSegment(segment: string, position: number): string[] {
  const where = `segment ${position} ("${segment}")`;
  if (!segment) throw new InvalidLocationRangeError(`segment ${position} is empty; segments are joined by single dashes`);
  if (!segment.includes('..')) {
    if (!LITERAL.test(segment)) throw new InvalidLocationRangeError(`${where} may contain only letters and digits`);
    return [segment];
  }
  const bounds = segment.split('..');
  const [from, to] = bounds;
  if (bounds.length !== 2 || !from || !to) throw new InvalidLocationRangeError(`${where} must be a range "from..to" with both bounds`);
  if (NUMBER.test(from) && NUMBER.test(to)) return numberRange(from, to, where);
  if (LETTER.test(from) && LETTER.test(to)) return letterRange(from, to, where);
  throw new InvalidLocationRangeError(`${where} must range over numbers (01..10) or single letters (A..C), not both`);
}

function checkAscending(first: number, last: number, where: string): void {
  if (first > last) throw new InvalidLocationRangeError(`${where} is descending; write the lower bound first`);
  if (last - first + 1 > MAX_BINS_PER_RANGE) throw new InvalidLocationRangeError(`${where} alone exceeds ${MAX_BINS_PER_RANGE} bins`);
}

/**
 * `01..10` → 01, 02, …, 10. When a bound is written with leading zeros, every value is padded to
 * the width of the wider bound, so the codes sort in walk order; `1..10` stays unpadded.
 */
function numberRange(from: string, to: string, where: string): string[] {
  const first = Number(from);
  const last = Number(to);
  checkAscending(first, last, where);
  const padded = /^0\d/.test(from) || /^0\d/.test(to);
  const width = padded ? Math.max(from.length, to.length) : 0;
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i).padStart(width, '0'));
}

function letterRange(from: string, to: string, where: string): string[] {
  const first = from.charCodeAt(0);
  const last = to.charCodeAt(0);
  checkAscending(first, last, where);
  return Array.from({ length: last - first + 1 }, (_, i) => String.fromCharCode(first + i));
}

/**
 * Expands a bin range such as `A-01..05-01..10-01..04` into every code it covers, in order
 * (the last segment varies fastest). Each `-`-separated segment is a literal (`A`) or an
 * ascending range of numbers (`01..10`) or single letters (`A..C`).
 */
export function expandLocationRange(pattern: string): string[] {
  const values = pattern.split('-').map((segment, i) => expandSegment(segment, i + 1));
  const count = values.reduce((n, v) => n * v.length, 1);
  if (count > MAX_BINS_PER_RANGE) {
    throw new InvalidLocationRangeError(`the pattern covers ${count} bins; at most ${MAX_BINS_PER_RANGE} can be created in one call`);
  }
  const longest = values.reduce((n, v) => n + Math.max(...v.map((s) => s.length)), values.length - 1);
  if (longest > LOCATION_CODE_MAX_LENGTH) {
    throw new InvalidLocationRangeError(`codes would be up to ${longest} characters long; the limit is ${LOCATION_CODE_MAX_LENGTH}`);
  }
  const [first, ...rest] = values;
  return rest.reduce((codes, segmentValues) => codes.flatMap((prefix) => segmentValues.map((v) => `${prefix}-${v}`)), first);
}
