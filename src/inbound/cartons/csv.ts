/** A CSV the parser cannot read, with the 1-based line where reading stopped. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/**
 * RFC 4180 CSV: comma-separated fields, CRLF or LF line ends, fields in double quotes may hold
 * commas, line breaks and doubled quotes (`""`). Strict: a quote inside an unquoted field, text
 * after a closing quote or an unterminated quote is an error rather than a guess, because a
 * misread packing list puts wrong quantities into stock. Blank lines are skipped; a UTF-8 byte
 * order mark (Excel writes one) is dropped. Each record comes with the line it started on.
 */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;

  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !afterQuote)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    afterQuote = false;
  };

  while (i < input.length) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      afterQuote = false;
    } else if (ch === '\n' || (ch === '\r' && input[i + 1] === '\n')) {
      endRecord();
      if (ch === '\r') i++;
      line++;
      recordLine = line;
    } else if (afterQuote) {
      throw new CsvSyntaxError(line, 'text after a closing quote; quote the whole field');
    } else if (ch === '"') {
      if (field !== '') throw new CsvSyntaxError(line, 'a quote inside an unquoted field; quote the field and double the quote ("")');
      quoted = true;
    } else {
      field += ch;
    }
    i++;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
  return records;
}
