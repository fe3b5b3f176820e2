import { expandLocationRange, InvalidLocationRangeError, MAX_BINS_PER_RANGE } from './location-range';

const ruleOf = (pattern: string): string => {
  try {
    expandLocationRange(pattern);
  } catch (e) {
    if (e instanceof InvalidLocationRangeError) return e.rule;
    throw e;
  }
  throw new Error(`"${pattern}" was accepted`);
};

describe('expandLocationRange', () => {
  it('expands zone-aisle-rack-level ranges in order, the last segment fastest', () => {
    const codes = expandLocationRange('A-01..05-01..10-01..04');
    expect(codes).toHaveLength(200);
    expect(codes[0]).toBe('A-01-01-01');
    expect(codes[1]).toBe('A-01-01-02');
    expect(codes[4]).toBe('A-01-02-01');
    expect(codes[199]).toBe('A-05-10-04');
    expect(new Set(codes).size).toBe(200);
  });

  it('expands letter ranges', () => {
    expect(expandLocationRange('A..C-01')).toEqual(['A-01', 'B-01', 'C-01']);
  });

  it('returns a literal code as it is', () => {
    expect(expandLocationRange('DOCK1')).toEqual(['DOCK1']);
    expect(expandLocationRange('A-01-01-01')).toEqual(['A-01-01-01']);
  });

  it('accepts a range of one value', () => {
    expect(expandLocationRange('B-07..07')).toEqual(['B-07']);
  });

  describe('zero padding', () => {
    it('keeps the padding of the bounds', () => {
      expect(expandLocationRange('R-01..10')).toEqual(['R-01', 'R-02', 'R-03', 'R-04', 'R-05', 'R-06', 'R-07', 'R-08', 'R-09', 'R-10']);
    });

    it('pads to the wider bound when one bound is padded', () => {
      expect(expandLocationRange('R-001..3')).toEqual(['R-001', 'R-002', 'R-003']);
      expect(expandLocationRange('R-08..100').slice(0, 3)).toEqual(['R-008', 'R-009', 'R-010']);
      expect(expandLocationRange('R-098..100')).toEqual(['R-098', 'R-099', 'R-100']);
    });

    it('does not pad unpadded bounds', () => {
      expect(expandLocationRange('R-9..11')).toEqual(['R-9', 'R-10', 'R-11']);
    });
  });

  describe('rejects', () => {
    it.each([
      ['a descending number range', 'A-05..01', /descending/],
      ['a descending letter range', 'C..A-01', /descending/],
      ['a mixed letter and number range', 'A..5-01', /numbers .* or single letters/],
      ['a multi-letter range', 'AA..AC-01', /numbers .* or single letters/],
      ['an empty segment', 'A--01', /segment 2 is empty/],
      ['a trailing dash', 'A-01-', /segment 3 is empty/],
      ['an empty pattern', '', /segment 1 is empty/],
      ['a range without a lower bound', 'A-..05', /both bounds/],
      ['a range without an upper bound', 'A-01..', /both bounds/],
      ['a range with three bounds', 'A-01..02..03', /both bounds/],
      ['a literal with other characters', 'A_1-01', /only letters and digits/],
      ['lower-case letters', 'a-01', /only letters and digits/],
    ])('%s (%s)', (_case, pattern, rule) => {
      expect(ruleOf(pattern)).toMatch(rule);
    });

    it(`more than ${MAX_BINS_PER_RANGE} bins`, () => {
      expect(ruleOf('A..Z-01..20-01..10-01..04')).toMatch(/covers 20800 bins; at most 10000/);
      expect(ruleOf('A-1..99999999999999999999')).toMatch(/exceeds 10000 bins/);
    });

    it('exactly the maximum is allowed', () => {
      expect(expandLocationRange('A-01..25-01..10-01..40')).toHaveLength(MAX_BINS_PER_RANGE);
    });

    it('codes longer than a location code may be', () => {
      expect(ruleOf(`${'X'.repeat(38)}-01..02`)).toMatch(/up to 41 characters/);
    });
  });
});
