import {
  GS1_GROUP_SEPARATOR as GS,
  type Gs1Element,
  gs1Date,
  gs1DecimalValue,
  parseGs1ElementString,
  toHumanReadable,
  toRawElementString,
} from './gs1-element-string';
import { InvalidCodeError } from './invalid-code.error';

const TODAY = new Date('2026-11-25T12:00:00Z');
const parse = (input: string): Gs1Element[] => parseGs1ElementString(input, TODAY);

const EXAMPLE: Gs1Element[] = [
  { ai: '01', value: '09501101530003' },
  { ai: '10', value: 'ABC123' },
  { ai: '17', value: '270131' },
];

describe('parseGs1ElementString', () => {
  it.each([
    ['human-readable', '(01)09501101530003(10)ABC123(17)270131'],
    ['raw with GS', `0109501101530003` + `10ABC123${GS}17270131`],
    [']C1 GS1-128', `]C10109501101530003` + `10ABC123${GS}17270131`],
    [']d2 GS1 DataMatrix', `]d20109501101530003` + `10ABC123${GS}17270131`],
    [']Q3 GS1 QR', `]Q30109501101530003` + `10ABC123${GS}17270131`],
    [']e0 GS1 DataBar', `]e00109501101530003` + `10ABC123${GS}17270131`],
    ['<GS> substitute', '010950110153000310ABC123<GS>17270131'],
    ['{GS} substitute', '010950110153000310ABC123{GS}17270131'],
    ['symbology identifier + human-readable', ']C1(01)09501101530003(10)ABC123(17)270131'],
  ])('reads the example from the %s form', (_label, input) => {
    expect(parse(input)).toEqual(EXAMPLE);
  });

  it('reads the reference GTIN and SSCC', () => {
    expect(parse('(01)05901234123457')).toEqual([{ ai: '01', value: '05901234123457' }]);
    expect(parse('(00)106141411234567897')).toEqual([{ ai: '00', value: '106141411234567897' }]);
    expect(parse('00106141411234567897')).toEqual([{ ai: '00', value: '106141411234567897' }]);
  });

  it('needs no separator after fixed-length fields', () => {
    expect(parse('00106141411234567897' + '0209501101530003' + '17270100' + '3712')).toEqual([
      { ai: '00', value: '106141411234567897' },
      { ai: '02', value: '09501101530003' },
      { ai: '17', value: '270100' },
      { ai: '37', value: '12' },
    ]);
  });

  it('ends a lot at GS, but without GS the raw lot runs to the end (why GS1-128 needs FNC1)', () => {
    expect(parse(`10ABC123${GS}17270131`)).toEqual(EXAMPLE.slice(1));
    expect(parse('(10)ABC123(17)270131')).toEqual(EXAMPLE.slice(1));
    expect(parse('10ABC12317270131')).toEqual([{ ai: '10', value: 'ABC12317270131' }]);
  });

  it('ignores a leading FNC1 and a redundant one after a fixed-length field', () => {
    expect(parse(`${GS}0109501101530003${GS}10ABC123${GS}17270131${GS}`)).toEqual(EXAMPLE);
  });

  it('reads the other supported AIs', () => {
    expect(parse(`11260101` + `15270200` + `21SN-0001${GS}400PO/2026-17${GS}42007302${GS}3012${GS}99INT`)).toEqual([
      { ai: '11', value: '260101' },
      { ai: '15', value: '270200' },
      { ai: '21', value: 'SN-0001' },
      { ai: '400', value: 'PO/2026-17' },
      { ai: '420', value: '07302' },
      { ai: '30', value: '12' },
      { ai: '99', value: 'INT' },
    ]);
    expect(parse('(37)12')).toEqual([{ ai: '37', value: '12' }]);
  });

  it('reads weights with the implied decimals of the 4th AI digit', () => {
    const [net] = parse('3103001250');
    expect(net).toEqual({ ai: '3103', value: '001250' });
    expect(gs1DecimalValue(net)).toBe(1.25);
    expect(parse('(3300)000042(3305)123456').map(gs1DecimalValue)).toEqual([42, 1.23456]);
    expect(() => gs1DecimalValue({ ai: '37', value: '12' })).toThrow(/no implied decimal point/);
  });

  it('keeps a repeated AI with the same value and rejects conflicting ones', () => {
    expect(parse('(10)A(10)A')).toEqual([{ ai: '10', value: 'A' }, { ai: '10', value: 'A' }]);
    expect(() => parse('(10)A(10)B')).toThrow('AI 10 appears twice with different values "A" and "B"');
  });

  it.each([
    ['empty input', '', /is empty/],
    ['only a symbology identifier', ']C1', /contains no element/],
    ['a non-GS1 symbology identifier', ']C00109501101530003', /symbology identifier \]C0 is not a GS1 symbology/],
    ['an unassigned AI in parentheses', '(23)12345', /unknown or unsupported AI \(23\) at position 2/],
    ['an unassigned AI in raw form', '0109501101530003' + '2312345', /position 17: no supported AI starts "2312"/],
    ['a lot of 21 characters', '(10)ABCDEFGHIJKLMNOPQRSTU', /AI 10 \(batch\/lot\) at position 5: too long: X\.\.20 allows 20 characters, read 21/],
    ['a raw lot of 21 characters', `10ABCDEFGHIJKLMNOPQRSTU${GS}17270131`, /AI 10 .*too long/],
    ['a short GTIN', '(01)0950110153000', /AI 01 \(GTIN\) at position 5: too short: N14 needs 14 characters, read 13/],
    ['a GTIN cut short by GS', `01095011015300${GS}17270131`, /AI 01 .*too short/],
    ['a non-numeric GTIN', '(01)0950110153000A', /AI 01 \(GTIN\) at position 5: "A" at position 18 is not allowed in N14 \(digits only\)/],
    ['a bad GTIN check digit', '(01)09501101530004', /AI 01 \(GTIN\) .*check digit should be 3, not 4/],
    ['a bad SSCC check digit', '(00)106141411234567898', /AI 00 \(SSCC\) .*check digit should be 7, not 8/],
    ['a bad raw SSCC check digit', '00106141411234567898', /AI 00 .*check digit should be 7, not 8/],
    ['month 13', '(17)271341', /AI 17 \(expiration date\) at position 5: date "271341": month 13 is not 01–12/],
    ['30 February', '(17)270230', /day 30 does not exist in 2027-02/],
    ['a non-numeric count', '(37)1O', /"O" at position 6 is not allowed in N\.\.8/],
    ['a count of 9 digits', '(37)123456789', /too long: N\.\.8/],
    ['an empty variable field', `10${GS}17270131`, /AI 10 .*data field is empty/],
    ['a character outside set 82', '(10)AB#1', /"#" at position 7 is not allowed in X\.\.20 \(GS1 character set 82\)/],
    ['trailing garbage in raw form', '0109501101530003XYZ', /expected an AI \(digits\) at position 17, read "XYZ"/],
    ['trailing garbage in human-readable form', '(01)09501101530003XYZ', /AI 01 .*too long: N14 allows 14 characters, read 17/],
    ['text before the first AI', 'GTIN(01)09501101530003', /expected an AI \(digits\) at position 1/],
    ['human-readable AI of 5 digits', '(01)09501101530003(12345)6', /too long/],
  ])('rejects %s', (_label, input, reason) => {
    expect(() => parse(input)).toThrow(InvalidCodeError);
    expect(() => parse(input)).toThrow(reason);
  });

  it('reports kind, value and reason on the error', () => {
    try {
      parse('(23)1');
      throw new Error('expected a throw');
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidCodeError);
      expect((e as InvalidCodeError).kind).toBe('GS1 element string');
      expect((e as InvalidCodeError).value).toBe('(23)1');
      expect((e as InvalidCodeError).reason).toBe('unknown or unsupported AI (23) at position 2');
    }
  });
});

describe('gs1Date', () => {
  it('converts YYMMDD to an ISO date', () => {
    expect(gs1Date('270131', TODAY)).toBe('2027-01-31');
  });

  it('reads DD = 00 as the last day of the month, leap years included', () => {
    expect(gs1Date('270100', TODAY)).toBe('2027-01-31');
    expect(gs1Date('240200', TODAY)).toBe('2024-02-29');
    expect(gs1Date('250200', TODAY)).toBe('2025-02-28');
    expect(gs1Date('000200', TODAY)).toBe('2000-02-29');
    expect(gs1Date('270400', TODAY)).toBe('2027-04-30');
    // Today 2075: YY 00 is 25 years ahead, so 2100, which is not a leap year.
    expect(gs1Date('000200', new Date('2075-06-01'))).toBe('2100-02-28');
  });

  it('puts YY within −49…+50 years of today (GS1 General Specifications §7.12)', () => {
    // Today 2026: 2076 is +50 (latest), 1977 is −49 (earliest).
    expect(gs1Date('490131', TODAY)).toBe('2049-01-31');
    expect(gs1Date('760131', TODAY)).toBe('2076-01-31');
    expect(gs1Date('770131', TODAY)).toBe('1977-01-31');
    expect(gs1Date('990131', TODAY)).toBe('1999-01-31');
    expect(gs1Date('260131', TODAY)).toBe('2026-01-31');
    // Today 2075: YY 25 is −50 years in this century, so it moves to the next one.
    expect(gs1Date('250101', new Date('2075-06-01'))).toBe('2125-01-01');
    expect(gs1Date('260101', new Date('2075-06-01'))).toBe('2026-01-01');
  });

  it.each([
    ['271341', /month 13 is not 01–12/],
    ['270015', /month 00 is not 01–12/],
    ['270230', /day 30 does not exist in 2027-02/],
    ['250229', /day 29 does not exist in 2025-02/],
    ['270431', /day 31 does not exist in 2027-04/],
    ['27013', /must be 6 digits YYMMDD/],
    ['2701AB', /must be 6 digits YYMMDD/],
  ])('rejects %s', (yymmdd, reason) => {
    expect(() => gs1Date(yymmdd, TODAY)).toThrow(InvalidCodeError);
    expect(() => gs1Date(yymmdd, TODAY)).toThrow(reason);
  });

  it('rejects an invalid today', () => {
    expect(() => gs1Date('270131', new Date('not a date'))).toThrow(RangeError);
  });
});

describe('toHumanReadable and toRawElementString', () => {
  it('writes both forms of the example', () => {
    expect(toHumanReadable(EXAMPLE)).toBe('(01)09501101530003(10)ABC123(17)270131');
    expect(toRawElementString(EXAMPLE)).toBe(`0109501101530003` + `10ABC123${GS}17270131`);
  });

  it('puts GS only after variable-length fields that are not last', () => {
    const elements = [
      { ai: '10', value: 'L1' },
      { ai: '21', value: 'S1' },
      { ai: '3103', value: '001250' },
      { ai: '37', value: '12' },
    ];
    expect(toRawElementString(elements)).toBe(`10L1${GS}21S1${GS}3103001250` + '3712');
  });

  it('rejects an unknown AI', () => {
    expect(() => toRawElementString([{ ai: '23', value: '1' }])).toThrow(/GS1 application identifier "23"/);
  });

  it.each<[string, Gs1Element[]]>([
    ['the example', EXAMPLE],
    ['an SSCC label', [{ ai: '00', value: '106141411234567897' }, { ai: '02', value: '09501101530003' }, { ai: '37', value: '12' }]],
    ['variable fields first', [{ ai: '10', value: 'LOT-7' }, { ai: '400', value: 'PO-1' }, { ai: '17', value: '270100' }]],
    ['weights and a serial', [{ ai: '21', value: 'X1' }, { ai: '3300', value: '000042' }, { ai: '3103', value: '001250' }]],
    ['a single variable field', [{ ai: '420', value: '07302' }]],
  ])('round-trips %s through both forms', (_label, elements) => {
    expect(parse(toRawElementString(elements))).toEqual(elements);
    expect(parse(toHumanReadable(elements))).toEqual(elements);
  });
});
