import PDFDocument from 'pdfkit';
import { drawCenteredLine } from './centered-line';
import { FONT, registerFonts } from './fonts';
import { mm } from './units';

export interface CreatePdfOptions {
  /** A named paper size or [width, height] in points (see mm() and LABEL_4X6). Default A4. */
  size?: 'A4' | 'LETTER' | readonly [number, number];
  /** Same margin on all four sides, in points. Default 15 mm. */
  margin?: number;
  title?: string;
  author?: string;
}

const DEFAULT_MARGIN = mm(15);
const PAGE_NUMBER_SIZE = 8;

/**
 * A pdfkit document with every FONT registered and Sans selected. Pages stay buffered until
 * pdfToBuffer, so addPageNumbers can go back and write "Page n of m" once the total is known.
 */
export function createPdf(options: CreatePdfOptions = {}): PDFKit.PDFDocument {
  const { size = 'A4', margin = DEFAULT_MARGIN, title, author } = options;
  const info: PDFKit.DocumentInfo = {};
  if (title !== undefined) info.Title = title;
  if (author !== undefined) info.Author = author;
  const doc = new PDFDocument({
    size: typeof size === 'string' ? size : [...size],
    margin,
    bufferPages: true,
    info,
    displayTitle: title !== undefined,
  });
  registerFonts(doc);
  doc.font(FONT.sans);
  return doc;
}

/** Ends the document and resolves with the complete PDF file. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export type PageNumberFormat = (page: number, total: number) => string;

const englishPageNumber: PageNumberFormat = (page, total) => `Page ${page} of ${total}`;

/**
 * Writes the page number centred in the bottom margin of every page. Call it once, after all
 * content is drawn and before pdfToBuffer; it adds no page. The footer is centred vertically in
 * the bottom margin, so keep that margin above ~10 pt. Chinese formats get the CJK font.
 */
export function addPageNumbers(doc: PDFKit.PDFDocument, format: PageNumberFormat = englishPageNumber): void {
  const { start, count } = doc.bufferedPageRange();
  const total = start + count;
  for (let index = start; index < total; index++) {
    const page = doc.switchToPage(index);
    const { left, right, bottom } = page.margins;
    const centerX = left + (page.width - left - right) / 2;
    const top = page.height - bottom / 2 - PAGE_NUMBER_SIZE / 2;
    drawCenteredLine(doc, format(index + 1, total), centerX, top, PAGE_NUMBER_SIZE);
  }
}
