import { GS1_GROUP_SEPARATOR, parseGs1ElementString, toRawElementString } from '../../common/codes';
import { gs1Code128Data, ZplLabel } from './zpl';

/** Reads ^BC mode N data back the way a printer encodes it, FNC1 as GS (the leading one dropped). */
function decodeInvocations(data: string): string {
  expect(data.startsWith('>;>8')).toBe(true);
  let subset: 'B' | 'C' = 'C';
  let out = '';
  for (let i = 4; i < data.length; ) {
    const pair = data.slice(i, i + 2);
    if (pair === '>8') out += GS1_GROUP_SEPARATOR;
    else if (pair === '>6') subset = 'B';
    else if (pair === '>5') subset = 'C';
    else if (pair === '><') out += '>';
    else if (subset === 'C') {
      expect(pair).toMatch(/^\d\d$/);
      out += pair;
    } else {
      out += data[i];
      i += 1;
      continue;
    }
    i += 2;
  }
  return out;
}

describe('ZPL', () => {
  it('encodes an SSCC as digit pairs after FNC1, with the check digit given, not computed', () => {
    expect(gs1Code128Data(parseGs1ElementString('(00)106141411234567897'))).toBe('>;>800106141411234567897');
  });

  it('puts FNC1 after every variable-length field that is followed by another', () => {
    const elements = parseGs1ElementString('(02)10614141000415(37)24(400)PO-4500017(420)75001');
    const data = gs1Code128Data(elements);
    expect(decodeInvocations(data)).toBe(toRawElementString(elements));
    expect(decodeInvocations(data)).toBe(`02106141410004153724${GS1_GROUP_SEPARATOR}400PO-4500017${GS1_GROUP_SEPARATOR}42075001`);
    expect(data.match(/>8/g)).toHaveLength(3);
  });

  it('escapes ">" in subset B and switches subsets only for runs worth it', () => {
    const elements = [{ ai: '400', value: 'A>1' }, { ai: '420', value: '1234567' }];
    const data = gs1Code128Data(elements);
    expect(data).toContain('><');
    expect(decodeInvocations(data)).toBe(`400A>1${GS1_GROUP_SEPARATOR}4201234567`);
  });

  it('scales millimetres to dots at 203 and 300 dpi', () => {
    const at203 = new ZplLabel(203, 101.6, 152.4).text(10, 20, 5, 'JANE DOE').toString();
    const at300 = new ZplLabel(300, 101.6, 152.4).text(10, 20, 5, 'JANE DOE').toString();
    expect(at203).toContain('^XA^CI28^PW812^LL1218');
    expect(at203).toContain('^FO80,160^A0N,40,40^FDJANE DOE^FS');
    expect(at300).toContain('^PW1200^LL1800');
    expect(at300).toContain('^FO118,236^A0N,59,59^FDJANE DOE^FS');
    expect(at300.trimEnd().endsWith('^XZ')).toBe(true);
  });

  it('hex-escapes the characters that would start a command', () => {
    expect(new ZplLabel(203, 50, 25).text(0, 0, 3, 'A^B~C_D').toString()).toContain('^FH^FDA_5EB_7EC_5FD^FS');
  });
});
