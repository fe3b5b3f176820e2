/// <reference types="pdfkit" />
import { drawBarcode, FONT, fontFor, mm } from '../../common/rendering';
import { CustomsDocumentModel, PrintedParty } from './customs-document.model';

type Doc = PDFKit.PDFDocument;

const GREY = '#555555';

/** Title on the left, the item's tracking barcode on the right; returns the y below both. */
export function drawTitle(doc: Doc, title: string, subtitle: string, trackingNumber: string, x: number, y: number, width: number, size = 16): number {
  const barcodeWidth = mm(60);
  const drawn = drawBarcode(doc, { symbology: 'code128', text: trackingNumber, x: x + width - barcodeWidth, y, width: barcodeWidth, height: mm(10), humanReadable: true });
  doc.font(FONT.sansBold).fontSize(size).fillColor('black').text(title, x, y, { width: width - barcodeWidth - mm(4) });
  doc.font(FONT.sans).fontSize(8).text(subtitle, { width: width - barcodeWidth - mm(4) });
  return Math.max(doc.y, y + drawn.height) + mm(3);
}

/** A party in a ruled box; returns the y below it. */
export function drawParty(doc: Doc, party: PrintedParty, x: number, y: number, width: number, size = 8.5): number {
  const pad = mm(1.5);
  doc.font(FONT.sansBold).fontSize(7).fillColor(GREY).text(party.heading.toUpperCase(), x + pad, y + pad, { width: width - 2 * pad });
  doc.fillColor('black').font(fontFor(party.name, 'bold')).fontSize(size).text(party.name, { width: width - 2 * pad });
  for (const line of party.lines) doc.font(fontFor(line)).fontSize(size).text(line, { width: width - 2 * pad });
  const bottom = doc.y + pad;
  doc.rect(x, y, width, bottom - y).lineWidth(0.5).stroke('black');
  return bottom;
}

/** Two parties side by side, both boxes as tall as the taller. */
export function drawPartiesSideBySide(doc: Doc, left: PrintedParty, right: PrintedParty, x: number, y: number, width: number, gap = mm(3)): number {
  const half = (width - gap) / 2;
  return Math.max(drawParty(doc, left, x, y, half), drawParty(doc, right, x + half + gap, y, half));
}

/** Label-value rows; returns the y below them. */
export function drawFields(doc: Doc, fields: [string, string][], x: number, y: number, labelWidth: number, width: number, size = 8.5): number {
  doc.y = y;
  for (const [label, value] of fields) {
    const top = doc.y;
    doc.font(FONT.sansBold).fontSize(size).text(label, x, top, { width: labelWidth });
    const labelBottom = doc.y;
    doc.font(fontFor(value)).fontSize(size).text(value, x + labelWidth, top, { width: width - labelWidth });
    doc.y = Math.max(doc.y, labelBottom);
  }
  return doc.y;
}

/** CN 22 / CN 23 box 10: every category with the declared one ticked. */
export function drawCategories(doc: Doc, model: CustomsDocumentModel, x: number, y: number, width: number, size = 8.5): number {
  const text = model.categories.map((c) => `[${c.checked ? 'X' : ' '}] ${c.label}`).join('   ');
  doc.font(FONT.sans).fontSize(size).text(text, x, y, { width });
  if (model.categoryExplanation) doc.text(`Explanation: ${model.categoryExplanation}`, { width });
  return doc.y;
}

/** The dated and signed declaration; returns the y below it. */
export function drawSignedDeclaration(doc: Doc, statement: string, model: CustomsDocumentModel, x: number, y: number, width: number, size = 8.5): number {
  doc.font(FONT.sans).fontSize(size).fillColor('black').text(statement, x, y, { width });
  const top = doc.y + mm(3);
  const column = width / 3;
  const cells: [string, string][] = [['Name', model.signatory.name], ['Title', model.signatory.title], ['Date', model.signatory.date]];
  cells.forEach(([label, value], i) => {
    doc.font(FONT.sansBold).fontSize(7).fillColor(GREY).text(label.toUpperCase(), x + i * column, top, { width: column - mm(2) });
    doc.font(fontFor(value)).fontSize(size).fillColor('black').text(value, x + i * column, doc.y, { width: column - mm(2) });
  });
  const signatureTop = top + mm(12);
  doc.font(FONT.sansBold).fontSize(7).fillColor(GREY).text('SIGNATURE', x, signatureTop, { width });
  doc.moveTo(x + mm(20), signatureTop + mm(6)).lineTo(x + mm(90), signatureTop + mm(6)).lineWidth(0.5).stroke('black');
  doc.font(FONT.sans).fontSize(size).fillColor('black').text(`/s/ ${model.signatory.name}`, x + mm(22), signatureTop + mm(1), { width: mm(70) });
  doc.fillColor('black');
  return signatureTop + mm(9);
}
