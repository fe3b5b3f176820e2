import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { FONT } from '../../common/rendering';

/** The part of a fontkit font pdfkit looks for to accept it in registerFont. */
interface ParsedFont {
  layout: (...args: never[]) => unknown;
}

/**
 * pdfkit's own copy of fontkit, resolved from pdfkit's location: the fonts it parses are exactly
 * what pdfkit would parse itself, without a second fontkit in the project's dependencies.
 */
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Uint8Array): ParsedFont };

const latinFont = (file: string) => join(dirname(require.resolve('@embedpdf/fonts-latin')), '..', 'fonts', file);
const cjkFont = (file: string) => join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', file);

/**
 * Parsing Noto Sans (630 KB) takes pdfkit tens of milliseconds, which it repeats for every
 * document given a file or a buffer; a label takes a few milliseconds to draw. The Latin fonts are
 * parsed once per process and shared (pdfkit keeps subsets and layout caches per document). The
 * CJK fonts (8 MB each) are rare on labels, so they are handed over as bytes, parsed only by a
 * document that uses them.
 */
const parsed = new Map<string, ParsedFont>();
const bytes = new Map<string, Buffer>();

function parsedFont(file: string): ParsedFont {
  let font = parsed.get(file);
  if (!font) {
    font = fontkit.create(readFileSync(file));
    parsed.set(file, font);
  }
  return font;
}

function fontBytes(file: string): Buffer {
  let data = bytes.get(file);
  if (!data) {
    data = readFileSync(file);
    bytes.set(file, data);
  }
  return data;
}

/** A pdfkit document for labels with every FONT name registered, Sans selected, no page buffering. */
export function createLabelPdf(size: readonly [number, number], title: string): PDFKit.PDFDocument {
  // pdfkit's types list files and buffers only; at run time it takes a parsed fontkit font as well.
  const sans = parsedFont(latinFont('NotoSans-Regular.ttf')) as unknown as Buffer;
  // Without a `font` option pdfkit starts every document by parsing Helvetica's metrics, unused here.
  const doc = new PDFDocument({ size: [...size], margin: 0, info: { Title: title }, displayTitle: true, font: sans as unknown as string });
  doc.registerFont(FONT.sans, sans);
  doc.registerFont(FONT.sansBold, parsedFont(latinFont('NotoSans-Bold.ttf')) as unknown as Buffer);
  doc.registerFont(FONT.cjk, fontBytes(cjkFont('NotoSansHans-Regular.otf')));
  doc.registerFont(FONT.cjkBold, fontBytes(cjkFont('NotoSansHans-Bold.otf')));
  return doc.font(FONT.sans);
}
