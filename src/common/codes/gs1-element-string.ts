import { gs1CheckDigit } from './gs1';
import { InvalidCodeError } from './invalid-code.error';

/** One application identifier (AI) and its data field, e.g. `{ ai: '17', value: '270131' }`. */
export interface Gs1Element {
  ai: string;
  value: string;
}

/** FNC1 as transmitted by a scanner: ASCII 29, "group separator". */
export const GS1_GROUP_SEPARATOR = '\u001d';

/**
 * Accepted FNC1 separators. Some keyboard-wedge scanners cannot type ASCII 29 and are
 * configured to send a visible substitute instead; `<GS>` and `{GS}` are the common ones.
 * The cost: a lot or serial containing the literal text `<GS>` cannot be read in raw form.
 */
export const GS1_SEPARATORS: readonly string[] = [GS1_GROUP_SEPARATOR, '<GS>', '{GS}'];

/** AIM symbology identifiers (ISO/IEC 15424) of the symbologies whose data is a GS1 element string. */
export const GS1_SYMBOLOGY_IDENTIFIERS: readonly string[] = [']C1', ']d2', ']Q3', ']e0', ']J1'];
const AIM_IDENTIFIER = /^\][A-Za-z][0-9A-Za-z]/;

/** How an AI's data field is checked; `length` is exact when `fixed`, otherwise the maximum. */
interface AiSpec {
  title: string;
  numeric: boolean;
  fixed: boolean;
  length: number;
  rule?: 'check-digit' | 'date';
  /** Implied decimal places (the 4th digit of 310n/330n). */
  decimals?: number;
}

const fixedN = (title: string, length: number, rule?: AiSpec['rule']): AiSpec => ({ title, numeric: true, fixed: true, length, rule });
const varN = (title: string, max: number): AiSpec => ({ title, numeric: true, fixed: false, length: max });
const varX = (title: string, max: number): AiSpec => ({ title, numeric: false, fixed: false, length: max });

/**
 * Formats per the GS1 General Specifications / syntax dictionary. No key is a prefix of
 * another, so reading 2, then 3, then 4 digits finds at most one AI in a raw string.
 */
const AI_SPECS: ReadonlyMap<string, AiSpec> = new Map<string, AiSpec>([
  ['00', fixedN('SSCC', 18, 'check-digit')],
  ['01', fixedN('GTIN', 14, 'check-digit')],
  ['02', fixedN('GTIN of contained trade items', 14, 'check-digit')],
  ['10', varX('batch/lot', 20)],
  ['11', fixedN('production date', 6, 'date')],
  ['12', fixedN('due date', 6, 'date')],
  ['13', fixedN('packaging date', 6, 'date')],
  ['15', fixedN('best before date', 6, 'date')],
  ['16', fixedN('sell by date', 6, 'date')],
  ['17', fixedN('expiration date', 6, 'date')],
  ['21', varX('serial number', 20)],
  ['30', varN('variable count', 8)],
  ['37', varN('count of trade items', 8)],
  ['400', varX('customer purchase order', 30)],
  ['420', varX('ship-to postal code', 20)],
  // Company-internal fields are on many real labels; accepting them avoids rejecting a whole scan.
  ['90', varX('mutually agreed information', 30)],
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((d): [string, AiSpec] => [`9${d}`, varX('company internal information', 90)]),
  ...[0, 1, 2, 3, 4, 5].flatMap((d): [string, AiSpec][] => [
    [`310${d}`, { ...fixedN('net weight (kg)', 6), decimals: d }],
    [`330${d}`, { ...fixedN('gross weight (kg)', 6), decimals: d }],
  ]),
]);

/** GS1 AI encodable character set 82, the alphabet of X fields. */
const NOT_CSET82 = /[^!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]/;
const HRI_AI = /\((\d{2,4})\)/y;
const NEXT_HRI_AI = /\(\d{2,4}\)/;

/** Quotes text for an error reason; JSON escaping keeps control characters such as GS visible. */
const show = (text: string): string => JSON.stringify(text);
function fail(input: string, reason: string): never {
  throw new InvalidCodeError('GS1 element string', input, reason);
}
const formatOf = (s: AiSpec): string => `${s.numeric ? 'N' : 'X'}${s.fixed ? '' : '..'}${s.length}`;

function specFor(ai: string): AiSpec {
  const spec = AI_SPECS.get(ai);
  if (spec === undefined) throw new InvalidCodeError('GS1 application identifier', ai, 'is unknown or not supported');
  return spec;
}

/** GS1 General Specifications §7.12: the century that puts YY within −49…+50 years of today. */
function fullYear(yy: number, today: Date): number {
  const current = today.getUTCFullYear();
  if (Number.isNaN(current)) throw new RangeError('today is an invalid Date');
  const century = current - (current % 100);
  const diff = yy - (current % 100);
  if (diff >= 51) return century - 100 + yy;
  if (diff <= -50) return century + 100 + yy;
  return century + yy;
}

/** Converts a GS1 N6 date to ISO `YYYY-MM-DD`; DD = 00 (month-only dates) becomes the month's last day. */
export function gs1Date(yymmdd: string, today: Date = new Date()): string {
  const bad = (reason: string): never => {
    throw new InvalidCodeError('GS1 date', yymmdd, reason);
  };
  if (!/^\d{6}$/.test(yymmdd)) bad('must be 6 digits YYMMDD');
  const [yy, mm, dd] = [0, 2, 4].map((i) => Number(yymmdd.slice(i, i + 2)));
  if (mm < 1 || mm > 12) bad(`month ${yymmdd.slice(2, 4)} is not 01–12`);
  const year = fullYear(yy, today);
  const lastDay = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  if (dd > lastDay) bad(`day ${yymmdd.slice(4)} does not exist in ${year}-${yymmdd.slice(2, 4)}`);
  return `${year}-${yymmdd.slice(2, 4)}-${String(dd === 0 ? lastDay : dd).padStart(2, '0')}`;
}

/** A weight as a number: `{ ai: '3103', value: '001250' }` → 1.25 (kg). */
export function gs1DecimalValue(element: Gs1Element): number {
  const decimals = specFor(element.ai).decimals;
  if (decimals === undefined) throw new InvalidCodeError('GS1 application identifier', element.ai, 'has no implied decimal point');
  return Number(element.value) / 10 ** decimals;
}

/** Validates one data field; `at` is the 0-based index of the value in `input`, reported 1-based. */
function readField(input: string, ai: string, value: string, at: number, today: Date): Gs1Element {
  const spec = specFor(ai);
  const reject = (why: string): never => fail(input, `AI ${ai} (${spec.title}) at position ${at + 1}: ${why}`);
  const format = formatOf(spec);
  if (value === '') reject(`the data field is empty (${format})`);
  if (value.length > spec.length) reject(`too long: ${format} allows ${spec.length} characters, read ${value.length} ${show(value)}`);
  if (spec.fixed && value.length < spec.length) reject(`too short: ${format} needs ${spec.length} characters, read ${value.length} ${show(value)}`);
  const bad = (spec.numeric ? /\D/ : NOT_CSET82).exec(value);
  if (bad !== null) {
    reject(`${show(bad[0])} at position ${at + bad.index + 1} is not allowed in ${format} (${spec.numeric ? 'digits only' : 'GS1 character set 82'})`);
  }
  if (spec.rule === 'check-digit') {
    const expected = gs1CheckDigit(value.slice(0, -1));
    if (expected !== Number(value[value.length - 1])) reject(`GS1 check digit should be ${expected}, not ${value[value.length - 1]}, in ${show(value)}`);
  }
  if (spec.rule === 'date') {
    try {
      gs1Date(value, today);
    } catch (e) {
      if (e instanceof InvalidCodeError) reject(`date ${show(value)}: ${e.reason}`);
      throw e;
    }
  }
  return { ai, value };
}

const separatorAt = (s: string, i: number): number => GS1_SEPARATORS.find((sep) => s.startsWith(sep, i))?.length ?? 0;

/** Raw form: fixed-length fields end by length, variable ones at a separator or the end. */
function parseRaw(input: string, start: number, today: Date): Gs1Element[] {
  const elements: Gs1Element[] = [];
  let pos = start;
  while (pos < input.length) {
    const sep = separatorAt(input, pos);
    if (sep > 0) {
      // A leading FNC1, or a redundant one after a fixed-length field, carries no data.
      pos += sep;
      continue;
    }
    const ai = [2, 3, 4].map((n) => input.slice(pos, pos + n)).find((c) => AI_SPECS.has(c));
    if (ai === undefined) {
      const head = input.slice(pos, pos + 4);
      fail(input, /^\d{2}/.test(head)
        ? `unknown or unsupported AI at position ${pos + 1}: no supported AI starts ${show(head)}`
        : `expected an AI (digits) at position ${pos + 1}, read ${show(input.slice(pos, pos + 12))}`);
    }
    const { fixed, length } = specFor(ai);
    let end = pos + ai.length;
    while (end < input.length && separatorAt(input, end) === 0 && !(fixed && end - pos - ai.length === length)) end++;
    elements.push(readField(input, ai, input.slice(pos + ai.length, end), pos + ai.length, today));
    pos = end;
  }
  return elements;
}

/** Human-readable form: each value runs to the next "(NN)" … "(NNNN)" or the end. */
function parseHumanReadable(input: string, start: number, today: Date): Gs1Element[] {
  const elements: Gs1Element[] = [];
  let pos = start;
  while (pos < input.length) {
    HRI_AI.lastIndex = pos;
    const m = HRI_AI.exec(input);
    if (m === null) fail(input, `expected "(AI)" at position ${pos + 1}, read ${show(input.slice(pos, pos + 12))}`);
    const ai = m[1];
    if (!AI_SPECS.has(ai)) fail(input, `unknown or unsupported AI (${ai}) at position ${pos + 2}`);
    const from = pos + m[0].length;
    const next = input.slice(from).search(NEXT_HRI_AI);
    const end = next < 0 ? input.length : from + next;
    elements.push(readField(input, ai, input.slice(from, end), from, today));
    pos = end;
  }
  return elements;
}

/**
 * Parses a GS1 element string in human-readable `(01)…(10)…` or raw form (FNC1 as GS or a
 * visible substitute, see GS1_SEPARATORS), optionally led by a GS1 AIM symbology identifier.
 * `today` anchors the century of two-digit years.
 */
export function parseGs1ElementString(input: string, today: Date = new Date()): Gs1Element[] {
  if (input === '') fail(input, 'is empty');
  const aim = AIM_IDENTIFIER.exec(input)?.[0];
  if (aim !== undefined && !GS1_SYMBOLOGY_IDENTIFIERS.includes(aim)) {
    fail(input, `symbology identifier ${aim} is not a GS1 symbology (expected ${GS1_SYMBOLOGY_IDENTIFIERS.join(', ')})`);
  }
  const start = aim === undefined ? 0 : aim.length;
  const elements = input[start] === '(' ? parseHumanReadable(input, start, today) : parseRaw(input, start, today);
  if (elements.length === 0) fail(input, 'contains no element after the symbology identifier or separators');
  const seen = new Map<string, string>();
  for (const { ai, value } of elements) {
    // GS1 allows a repeated AI only with the same value; two lots on one label are ambiguous.
    const previous = seen.get(ai);
    if (previous !== undefined && previous !== value) fail(input, `AI ${ai} appears twice with different values ${show(previous)} and ${show(value)}`);
    seen.set(ai, value);
  }
  return elements;
}

export function toHumanReadable(elements: Gs1Element[]): string {
  return elements.map(({ ai, value }) => `(${ai})${value}`).join('');
}

/** Raw form with GS after every variable-length field except the last, as encoded in GS1-128. */
export function toRawElementString(elements: Gs1Element[]): string {
  return elements
    .map(({ ai, value }, i) => `${ai}${value}${!specFor(ai).fixed && i < elements.length - 1 ? GS1_GROUP_SEPARATOR : ''}`)
    .join('');
}
