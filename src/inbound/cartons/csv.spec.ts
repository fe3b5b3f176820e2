import { CsvSyntaxError, parseCsv } from './csv';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it('reads plain records with LF or CRLF line ends, with or without a final newline', () => {
    expect(fields('a,b\n1,2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,b\r\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields(',x,\n')).toEqual([['', 'x', '']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const records = parseCsv('sku,note\n"TEE,1","say ""hi""\nagain"\nX,""\n');
    expect(records.map((r) => r.fields)).toEqual([['sku', 'note'], ['TEE,1', 'say "hi"\nagain'], ['X', '']]);
    // The third record starts on line 4: the quoted line break counts.
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('skips blank lines and a byte order mark', () => {
    expect(parseCsv('\uFEFFa\n\n\nb\n')).toEqual([{ line: 1, fields: ['a'] }, { line: 4, fields: ['b'] }]);
  });

  it.each([
    ['a,"b\n', 1, 'never closed'],
    ['a,b"c\n', 1, 'quote inside an unquoted field'],
    ['x\na,"b"c\n', 2, 'text after a closing quote'],
  ])('refuses %j at line %i', (text, line, reason) => {
    let error: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ line });
    expect((error as Error).message).toContain(reason);
  });

  it('returns nothing for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\n\n')).toEqual([]);
  });
});
