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

/** Resolved once: require.resolve on every label would cost as much as drawing a barcode. */
const LATIN_FONTS = join(dirname(require.resolve('@embedpdf/fonts-latin')), '..', 'fonts');
const CJK_FONTS = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
const latinFont = (file: string) => join(LATIN_FONTS, file);
const cjkFont = (file: string) => join(CJK_FONTS, file);

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

/**
 * A pdfkit document for labels with every FONT name registered and Sans selected. Unlike createPdf
 * it does not buffer pages (a label has one) and does not parse fonts per document.
 */
export function createLabelPdf(size: readonly [number, number], title: string): PDFKit.PDFDocument {
  // Without a `font` option pdfkit starts every document by parsing Helvetica's metrics (~2 ms).
  // The placeholder is a font never selected by name: pdfkit caches a constructor font under its
  // PostScript name only, so Sans as the default would be re-opened and compared on every switch.
  const placeholder = parsedFont(latinFont('NotoSans-Light.ttf'));
  // Uncompressed: deflating the content streams is ~15 % of a label's CPU time, for 18 KB instead of 10.
  const doc = new PDFDocument({
    size: [...size], margin: 0, info: { Title: title }, displayTitle: true, font: placeholder as unknown as string, compress: false,
  });
  // pdfkit's types list files and buffers only; at run time it takes a parsed fontkit font as well.
  doc.registerFont(FONT.sans, parsedFont(latinFont('NotoSans-Regular.ttf')) as unknown as Buffer);
  doc.registerFont(FONT.sansBold, parsedFont(latinFont('NotoSans-Bold.ttf')) as unknown as Buffer);
  doc.registerFont(FONT.cjk, fontBytes(cjkFont('NotoSansHans-Regular.otf')));
  doc.registerFont(FONT.cjkBold, fontBytes(cjkFont('NotoSansHans-Bold.otf')));
  return doc.font(FONT.sans);
}
