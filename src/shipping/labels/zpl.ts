import { Gs1Element } from '../../common/codes';

/** Thermal printer resolutions the labels are generated for. */
export const PRINTER_DPIS = [203, 300] as const;
export type PrinterDpi = (typeof PRINTER_DPIS)[number];

/** 203 dpi heads have 8 dots/mm; 300 dpi heads 11.811 (300 / 25.4). */
export const DOTS_PER_MM: Record<PrinterDpi, number> = { 203: 8, 300: 300 / 25.4 };

/** ZPL field data cannot hold the command prefixes; ^FH lets them through as hex (`_5E`). */
const NEEDS_HEX = /[\^~_]/;
const hexEscape = (text: string) => text.replace(/[\^~_]/g, (c) => `_${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface ZplTextOptions {
  /** Wraps into a block this wide (^FB) with at most `maxLines` lines; otherwise one line. */
  widthMm?: number;
  maxLines?: number;
  align?: 'L' | 'C' | 'R';
  /** White on black: ^FR over a filled box. */
  reverse?: boolean;
}

/**
 * Builds one ZPL II label from positions in millimetres, so one layout serves 203 and 300 dpi
 * printers. Text is UTF-8 (^CI28) in the scalable font 0.
 */
export class ZplLabel {
  private readonly fields: string[] = [];

  constructor(
    readonly dpi: PrinterDpi,
    private readonly widthMm: number,
    private readonly heightMm: number,
  ) {}

  dots(millimetres: number): number {
    return Math.round(millimetres * DOTS_PER_MM[this.dpi]);
  }

  /** `heightMm` is the character cell height. */
  text(xMm: number, yMm: number, heightMm: number, text: string, options: ZplTextOptions = {}): this {
    const h = this.dots(heightMm);
    const block = options.widthMm === undefined ? '' : `^FB${this.dots(options.widthMm)},${options.maxLines ?? 1},0,${options.align ?? 'L'},0`;
    this.fields.push(`^FO${this.dots(xMm)},${this.dots(yMm)}^A0N,${h},${h}${block}${options.reverse ? '^FR' : ''}${fieldData(text)}^FS`);
    return this;
  }

  /** A filled box; a line when one side is the thickness. */
  box(xMm: number, yMm: number, widthMm: number, heightMm: number, thicknessMm: number): this {
    const t = this.dots(thicknessMm);
    this.fields.push(`^FO${this.dots(xMm)},${this.dots(yMm)}^GB${Math.max(this.dots(widthMm), t)},${Math.max(this.dots(heightMm), t)},${t}^FS`);
    return this;
  }

  /** Code 128 in automatic subset mode with the interpretation line printed below. */
  code128(xMm: number, yMm: number, heightMm: number, moduleMm: number, data: string): this {
    this.fields.push(`^FO${this.dots(xMm)},${this.dots(yMm)}^BY${this.moduleDots(moduleMm)}^BCN,${this.dots(heightMm)},Y,N,N,A${fieldData(data)}^FS`);
    return this;
  }

  /** DataMatrix ECC 200 with square modules of about `moduleMm`. */
  dataMatrix(xMm: number, yMm: number, moduleMm: number, data: string): this {
    this.fields.push(`^FO${this.dots(xMm)},${this.dots(yMm)}^BXN,${this.moduleDots(moduleMm)},200${fieldData(data)}^FS`);
    return this;
  }

  /**
   * GS1-128 with explicit subsets and FNC1 (^BC mode N): a printer never computes a check digit
   * or guesses where a variable-length field ends. The bracketed text is printed separately.
   */
  gs1_128(xMm: number, yMm: number, heightMm: number, moduleMm: number, elements: Gs1Element[]): this {
    const data = gs1Code128Data(elements);
    this.fields.push(`^FO${this.dots(xMm)},${this.dots(yMm)}^BY${this.moduleDots(moduleMm)}^BCN,${this.dots(heightMm)},N,N,N,N^FD${data}^FS`);
    return this;
  }

  toString(): string {
    // From the true resolution (a 4 × 6 in label is 812 × 1218 dots at 203 dpi), rounded down so
    // the image never runs past the stock; positions use the nominal 8 dots/mm.
    const width = Math.floor((this.widthMm / 25.4) * this.dpi + 1e-9);
    const length = Math.floor((this.heightMm / 25.4) * this.dpi + 1e-9);
    return `^XA^CI28^PW${width}^LL${length}^LH0,0\n${this.fields.join('\n')}\n^XZ\n`;
  }

  /** Bars land on whole dots: never below 1, and never narrower than asked by more than rounding. */
  private moduleDots(moduleMm: number): number {
    return Math.min(10, Math.max(1, Math.round(moduleMm * DOTS_PER_MM[this.dpi])));
  }
}

function fieldData(text: string): string {
  return NEEDS_HEX.test(text) ? `^FH^FD${hexEscape(text)}` : `^FD${text}`;
}

/** ZPL Code 128 invocation codes (^BC mode N). */
const START_C = '>;';
const FNC1 = '>8';
const TO_B = '>6';
const TO_C = '>5';

/**
 * AIs whose length is fixed by their first two digits (GS1 General Specifications, figure
 * 7.8.5-2): no FNC1 is needed after them. Every other AI ends at an FNC1 unless it is last.
 */
const PREDEFINED_LENGTH_PREFIXES = new Set(['00', '01', '02', '03', '04', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '31', '32', '33', '34', '35', '36', '41']);

export const hasPredefinedLength = (ai: string) => PREDEFINED_LENGTH_PREFIXES.has(ai.slice(0, 2));

const digitRun = (text: string, from: number) => /^\d*/.exec(text.slice(from))![0].length;

/**
 * The ^FD of a GS1-128 symbol: start in subset C with FNC1, digits in pairs, other characters in
 * subset B, and FNC1 after every variable-length field that is not the last. Subset B escapes `>`
 * as `><`; `^` and `~` are not in the GS1 character set, so they never reach here.
 */
export function gs1Code128Data(elements: Gs1Element[]): string {
  let out = `${START_C}${FNC1}`;
  let subset: 'B' | 'C' = 'C';
  elements.forEach(({ ai, value }, index) => {
    const text = `${ai}${value}`;
    let i = 0;
    while (i < text.length) {
      const run = digitRun(text, i);
      // Subset C pays off for a run of 4+ digits (or 2+ when already in C); odd runs leave one digit to B.
      if (run >= 2 && (subset === 'C' || run >= 4)) {
        const even = run - (run % 2);
        if (subset !== 'C') out += TO_C;
        subset = 'C';
        for (let k = 0; k < even; k += 2) out += text.slice(i + k, i + k + 2);
        i += even;
        continue;
      }
      if (subset !== 'B') out += TO_B;
      subset = 'B';
      out += text[i] === '>' ? '><' : text[i];
      i++;
    }
    if (!hasPredefinedLength(ai) && index < elements.length - 1) out += FNC1;
  });
  return out;
}
