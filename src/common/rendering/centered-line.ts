/// <reference types="pdfkit" />
import { fontFor } from './fonts';

/**
 * Writes one line of text centred on `centerX`, its top at `top`, without touching the flow:
 * footers and barcode captions sit inside the bottom margin, where pdfkit would otherwise start a
 * new page, and the caller's doc.x / doc.y stay where they were.
 */
export function drawCenteredLine(doc: PDFKit.PDFDocument, text: string, centerX: number, top: number, fontSize: number): void {
  const { x: flowX, y: flowY } = doc;
  const margins = doc.page.margins;
  const bottomMargin = margins.bottom;
  doc.font(fontFor(text)).fontSize(fontSize);
  margins.bottom = 0;
  try {
    doc.text(text, centerX - doc.widthOfString(text) / 2, top, { lineBreak: false });
  } finally {
    margins.bottom = bottomMargin;
    doc.x = flowX;
    doc.y = flowY;
  }
}
