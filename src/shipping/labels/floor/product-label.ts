/// <reference types="pdfkit" />
import { drawBarcode, fontFor, mm } from '../../../common/rendering';
import { ZplLabel } from '../zpl';
import { Cell } from './label-batch';

export interface ProductLabel {
  sku: string;
  nameEn: string;
  nameZh: string | null;
  /** GTIN-14 as stored; printed as GS1-128 (01). */
  gtin: string | null;
}

const PAD_MM = 2.5;

/** GS1-128 `(01)` of the GTIN, or Code 128 of the SKU for a product without one. */
export function productBarcode(label: ProductLabel): { symbology: 'gs1-128' | 'code128'; text: string } {
  return label.gtin ? { symbology: 'gs1-128', text: `(01)${label.gtin}` } : { symbology: 'code128', text: label.sku };
}

export function drawProductLabel(doc: PDFKit.PDFDocument, label: ProductLabel, cell: Cell): void {
  const pad = mm(PAD_MM);
  const width = cell.width - 2 * pad;
  const line = (text: string, size: number, bold = false) => doc.font(fontFor(text, bold ? 'bold' : 'regular')).fontSize(size).text(text, { width, lineBreak: false, ellipsis: true, height: size * 1.3 });
  doc.fillColor('black');
  doc.x = cell.x + pad;
  doc.y = cell.y + pad;
  line(label.sku, Math.min(cell.height * 0.16, mm(6)), true);
  line(label.nameEn, 7);
  if (label.nameZh) line(label.nameZh, 7);
  const barTop = doc.y + mm(1);
  const quiet = mm(3);
  drawBarcode(doc, {
    ...productBarcode(label), x: cell.x + pad + quiet, y: barTop, width: width - 2 * quiet, height: cell.y + cell.height - barTop - pad - mm(3.5), humanReadable: true, fontSize: 6,
  });
}

export function drawProductLabelZpl(zpl: ZplLabel, label: ProductLabel): void {
  zpl.text(PAD_MM, PAD_MM, 6, label.sku, { widthMm: 96 });
  zpl.text(PAD_MM, 9.5, 3, label.nameEn, { widthMm: 96 });
  if (label.nameZh) zpl.text(PAD_MM, 13.5, 3, label.nameZh, { widthMm: 96 });
  const barcode = productBarcode(label);
  if (barcode.symbology === 'gs1-128') {
    zpl.gs1_128(12, 18.5, 20, 0.375, [{ ai: '01', value: label.gtin! }]);
    zpl.text(PAD_MM, 40, 3, barcode.text, { widthMm: 96, align: 'C' });
  } else {
    zpl.code128(12, 18.5, 20, 0.375, barcode.text);
  }
}
