/// <reference types="pdfkit" />
import { addPageNumbers, createPdf, drawBarcode, drawTable, FONT, fontFor, mm, pdfToBuffer, TableColumn } from '../../common/rendering';
import { DocumentParty, PurchaseOrderDocumentModel } from './purchase-order-document.model';

const MARGIN = mm(15);
const BARCODE_WIDTH = mm(62);
const BARCODE_HEIGHT = mm(12);
const BODY_SIZE = 9;
const GAP = mm(4);

/** A4 portrait leaves 510 pt between the margins; the columns fill it. */
const COLUMNS: TableColumn[] = [
  { header: '#', width: 20, align: 'right' },
  { header: 'SKU', width: 70 },
  { header: 'Supplier item', width: 76 },
  { header: 'Description / 品名', width: 132 },
  { header: 'Quantity', width: 44, align: 'right' },
  { header: 'Unit price', width: 50, align: 'right' },
  { header: 'Amount', width: 62, align: 'right' },
  { header: 'Due', width: 56 },
];

export interface RenderedDocument {
  pdf: Buffer;
  pageCount: number;
}

/**
 * Lays out a purchase order on A4: title and Code 128 of the order number, buyer / supplier /
 * ship-to blocks, terms, the lines (English and Chinese names) across as many pages as needed
 * with the header repeated, the total, notes, and "Page n of m" on every page.
 */
export async function renderPurchaseOrderPdf(model: PurchaseOrderDocumentModel): Promise<RenderedDocument> {
  const doc = createPdf({ size: 'A4', margin: MARGIN, title: model.title, author: model.buyer.name });
  const left = doc.page.margins.left;
  const contentWidth = doc.page.width - left - doc.page.margins.right;

  drawTitle(doc, model, left, contentWidth);
  const partyWidth = (contentWidth - 2 * GAP) / 3;
  const partiesTop = doc.y + GAP;
  const partyBottoms = [model.buyer, model.supplier, model.shipTo].map((party, i) =>
    drawParty(doc, party, left + i * (partyWidth + GAP), partiesTop, partyWidth),
  );
  doc.y = Math.max(...partyBottoms) + GAP;
  drawTerms(doc, model, left);

  drawTable(doc, {
    columns: COLUMNS,
    rows: model.lines.map((l) => [
      l.lineNo, l.sku, l.supplierItemCode, l.nameZh ? `${l.nameEn}\n${l.nameZh}` : l.nameEn, l.quantity, l.unitPrice, l.amount, l.promisedDate,
    ]),
    startY: doc.y + GAP,
    fontSize: 8,
    onPageAdded: (d) => {
      d.font(FONT.sansBold).fontSize(BODY_SIZE).text(`${model.number} · revision ${model.revision} (continued)`, left, d.page.margins.top);
      d.y += mm(2);
    },
  });

  doc.font(FONT.sansBold).fontSize(10).text(`Total: ${model.total}`, left, doc.y + GAP, { width: contentWidth, align: 'right' });
  if (model.notes) {
    doc.font(FONT.sansBold).fontSize(BODY_SIZE).text('Notes', left, doc.y + GAP);
    doc.font(fontFor(model.notes)).fontSize(BODY_SIZE).text(model.notes, { width: contentWidth });
  }
  const pageCount = doc.bufferedPageRange().count;
  addPageNumbers(doc);
  return { pdf: await pdfToBuffer(doc), pageCount };
}

function drawTitle(doc: PDFKit.PDFDocument, model: PurchaseOrderDocumentModel, left: number, width: number): void {
  const top = doc.page.margins.top;
  drawBarcode(doc, { symbology: 'code128', text: model.number, x: left + width - BARCODE_WIDTH, y: top, width: BARCODE_WIDTH, height: BARCODE_HEIGHT, humanReadable: true });
  const textWidth = width - BARCODE_WIDTH - GAP;
  doc.font(FONT.sansBold).fontSize(18).text('Purchase order', left, top, { width: textWidth });
  doc.font(FONT.sansBold).fontSize(12).text(model.number, { width: textWidth });
  doc.font(FONT.sans).fontSize(BODY_SIZE).text(`Revision ${model.revision} · Order date ${model.orderDate}`, { width: textWidth });
  doc.y = Math.max(doc.y, top + BARCODE_HEIGHT + mm(6));
}

/** Returns the y below the block. */
function drawParty(doc: PDFKit.PDFDocument, party: DocumentParty, x: number, y: number, width: number): number {
  doc.font(FONT.sansBold).fontSize(8).fillColor('#555555').text(party.heading.toUpperCase(), x, y, { width });
  doc.fillColor('black').font(fontFor(party.name, 'bold')).fontSize(BODY_SIZE).text(party.name, x, doc.y, { width });
  for (const line of party.lines) doc.font(fontFor(line)).fontSize(BODY_SIZE).text(line, x, doc.y, { width });
  return doc.y;
}

function drawTerms(doc: PDFKit.PDFDocument, model: PurchaseOrderDocumentModel, left: number): void {
  const labelWidth = mm(38);
  for (const { label, value } of model.terms) {
    const top = doc.y;
    doc.font(FONT.sansBold).fontSize(BODY_SIZE).text(label, left, top, { width: labelWidth });
    doc.font(fontFor(value)).fontSize(BODY_SIZE).text(value, left + labelWidth, top);
  }
}
