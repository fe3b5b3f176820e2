/// <reference types="pdfkit" />
import { addPageNumbers, createPdf, drawBarcode, FONT, mm, pdfToBuffer } from '../../common/rendering';

export interface ManifestDocumentModel {
  number: string;
  carrierName: string;
  warehouse: string;
  date: string;
  createdBy: string;
  parcelCount: number;
  totalWeightKg: string;
  lines: { lineNo: number; trackingNumber: string; service: string; destination: string; weightKg: string; incoterm: string }[];
}

const MARGIN = mm(15);
/** Enough white between rows that a scanner, or a decoder cutting the page into symbols, never joins two. */
const ROW_HEIGHT = mm(20);

/** Column left edges after the barcode, in points from the left margin. */
const COLUMNS = { lineNo: 0, barcode: mm(10), service: mm(78), destination: mm(118), weight: mm(138), terms: mm(160) };

function drawHeader(doc: PDFKit.PDFDocument, model: ManifestDocumentModel, width: number): number {
  const x = MARGIN;
  drawBarcode(doc, { symbology: 'code128', text: model.number, x: x + width - mm(70), y: MARGIN, width: mm(70), height: mm(10), humanReadable: true });
  doc.font(FONT.sansBold).fontSize(16).text('End-of-day manifest', x, MARGIN);
  doc.font(FONT.sans).fontSize(9)
    .text(`${model.number} · ${model.carrierName}`)
    .text(`Warehouse ${model.warehouse} · ${model.date} · closed by ${model.createdBy}`)
    .text(`${model.parcelCount} parcel(s), ${model.totalWeightKg} kg`);
  const top = Math.max(doc.y, MARGIN + mm(16)) + mm(3);
  doc.font(FONT.sansBold).fontSize(8);
  const headings: [keyof typeof COLUMNS, string][] = [
    ['lineNo', '#'], ['barcode', 'Tracking number'], ['service', 'Service'], ['destination', 'To'], ['weight', 'kg'], ['terms', 'Terms'],
  ];
  for (const [column, text] of headings) doc.text(text, x + COLUMNS[column], top, { lineBreak: false });
  return top + mm(5);
}

/** A4 list of the manifested parcels, one Code 128 per parcel so the driver can scan each. */
export async function renderManifestPdf(model: ManifestDocumentModel): Promise<Buffer> {
  const doc = createPdf({ size: 'A4', margin: MARGIN, title: `Manifest ${model.number}` });
  const width = doc.page.width - 2 * MARGIN;
  let y = drawHeader(doc, model, width);
  for (const line of model.lines) {
    if (y + ROW_HEIGHT > doc.page.height - MARGIN) {
      doc.addPage();
      y = drawHeader(doc, model, width);
    }
    const x = MARGIN;
    drawBarcode(doc, { symbology: 'code128', text: line.trackingNumber, x: x + COLUMNS.barcode, y: y + mm(1), height: mm(9), moduleWidth: mm(0.33), humanReadable: true });
    doc.font(FONT.sans).fontSize(9);
    const textTop = y + mm(4);
    doc.text(String(line.lineNo), x + COLUMNS.lineNo, textTop, { lineBreak: false });
    doc.text(line.service, x + COLUMNS.service, textTop, { width: COLUMNS.destination - COLUMNS.service - mm(2), lineBreak: false, ellipsis: true });
    doc.text(line.destination, x + COLUMNS.destination, textTop, { lineBreak: false });
    doc.text(line.weightKg, x + COLUMNS.weight, textTop, { lineBreak: false });
    doc.text(line.incoterm, x + COLUMNS.terms, textTop, { lineBreak: false });
    y += ROW_HEIGHT;
  }
  addPageNumbers(doc);
  return pdfToBuffer(doc);
}
