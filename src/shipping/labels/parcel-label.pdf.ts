/// <reference types="pdfkit" />
import { drawBarcode, FONT, fontFor, LABEL_4X6, mm, pdfToBuffer } from '../../common/rendering';
import { createLabelPdf } from './label-pdf-document';
import { ParcelLabelModel } from './parcel-label.model';
import {
  CONTENT_WIDTH_MM, LABEL_WIDTH_MM, MARGIN_MM, RULE_MM, SENDER_WIDTH_MM, TERMS_BOX_WIDTH_MM, TRACKING_BAR_HEIGHT_MM, TRACKING_MODULE_MM,
  TWO_D_SIZE_MM, TYPE, ZONES,
} from './parcel-label.layout';

type Doc = PDFKit.PDFDocument;

/** One line of text at a position in mm, cut with an ellipsis rather than wrapped. */
function line(doc: Doc, text: string, xMm: number, yMm: number, sizeMm: number, widthMm: number, bold = false, align: 'left' | 'right' = 'left'): void {
  doc.font(fontFor(text, bold ? 'bold' : 'regular')).fontSize(mm(sizeMm));
  doc.text(text, mm(xMm), mm(yMm), { width: mm(widthMm), height: mm(sizeMm) * 1.4, lineBreak: false, ellipsis: true, align });
}

function rule(doc: Doc, yMm: number): void {
  doc.rect(0, mm(yMm), mm(LABEL_WIDTH_MM), mm(RULE_MM)).fill('black');
}

/** Draws the label on the current page of `doc`, which must be a 4×6 page. */
export function drawParcelLabel(doc: Doc, label: ParcelLabelModel): void {
  const x = MARGIN_MM;
  const { sender, recipient, service, tracking, references } = ZONES;

  label.senderLines.forEach((text, i) => line(doc, text, x, sender.top + i * 3.4, TYPE.sender, SENDER_WIDTH_MM));
  const rightX = x + SENDER_WIDTH_MM;
  const rightWidth = CONTENT_WIDTH_MM - SENDER_WIDTH_MM;
  line(doc, label.weightText, rightX, sender.top, TYPE.weight, rightWidth, true, 'right');
  line(doc, label.pieceText, rightX, sender.top + 5, TYPE.weight, rightWidth, true, 'right');
  rule(doc, sender.bottom);

  line(doc, 'SHIP TO', x, recipient.top, TYPE.caption, CONTENT_WIDTH_MM);
  line(doc, label.recipientName, x + 4, recipient.top + 3.5, TYPE.recipientName, CONTENT_WIDTH_MM - 4, true);
  label.recipientLines.forEach((text, i) => line(doc, text, x + 4, recipient.top + 11 + i * 6, TYPE.recipient, CONTENT_WIDTH_MM - 4, true));
  rule(doc, recipient.bottom);

  const serviceWidth = CONTENT_WIDTH_MM - TWO_D_SIZE_MM - 2;
  line(doc, label.serviceName.toUpperCase(), x, service.top + 1, TYPE.service, serviceWidth, true);
  line(doc, label.carrierName, x, service.top + 7.5, TYPE.sender, serviceWidth);
  line(doc, `ROUTE ${label.routingCode}`, x, service.top + 14, TYPE.routing, serviceWidth, true);
  const twoD = { symbology: 'datamatrix' as const, text: label.sortData, height: mm(TWO_D_SIZE_MM), width: mm(TWO_D_SIZE_MM) };
  drawBarcode(doc, { ...twoD, x: mm(LABEL_WIDTH_MM - MARGIN_MM - TWO_D_SIZE_MM), y: mm(service.top + 2) });
  rule(doc, service.bottom);

  line(doc, 'TRACKING #', x, tracking.top, TYPE.caption, CONTENT_WIDTH_MM);
  drawBarcode(doc, {
    symbology: 'code128', text: label.trackingNumber, x: mm(x + 6), y: mm(tracking.top + 4),
    height: mm(TRACKING_BAR_HEIGHT_MM), moduleWidth: mm(TRACKING_MODULE_MM), humanReadable: true, fontSize: 11,
  });
  rule(doc, tracking.bottom);

  const referenceWidth = CONTENT_WIDTH_MM - TERMS_BOX_WIDTH_MM - 2;
  line(doc, `REF ${label.orderReference}`, x, references.top + 2, TYPE.reference, referenceWidth);
  line(doc, `${label.carrierName} · ${label.serviceName}`, x, references.top + 7, TYPE.reference, referenceWidth);
  if (label.incoterm) drawTerms(doc, label.incoterm, references.top + 1);
}

/** White on black so the loader sees at once who pays duty. */
function drawTerms(doc: Doc, incoterm: string, topMm: number): void {
  const left = LABEL_WIDTH_MM - MARGIN_MM - TERMS_BOX_WIDTH_MM;
  doc.rect(mm(left), mm(topMm), mm(TERMS_BOX_WIDTH_MM), mm(11)).fill('black');
  doc.fillColor('white').font(FONT.sansBold).fontSize(mm(TYPE.terms));
  doc.text(incoterm, mm(left), mm(topMm + 2.2), { width: mm(TERMS_BOX_WIDTH_MM), align: 'center', lineBreak: false });
  doc.fillColor('black');
}

/** A one-page 4×6 PDF of the label. */
export function renderParcelLabelPdf(label: ParcelLabelModel): Promise<Buffer> {
  const doc = createLabelPdf(LABEL_4X6, `Label ${label.trackingNumber}`);
  drawParcelLabel(doc, label);
  return pdfToBuffer(doc);
}
