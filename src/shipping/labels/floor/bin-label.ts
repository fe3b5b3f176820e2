/// <reference types="pdfkit" />
import { drawBarcode, FONT, mm } from '../../../common/rendering';
import { ZplLabel } from '../zpl';
import { Cell } from './label-batch';

export interface BinLabel {
  /** The bin's code, printed large, e.g. `A-01-02-03`. */
  code: string;
  /** What the scanner reads: `LOC:<warehouse>:<code>`. */
  barcode: string;
  warehouseCode: string;
}

const PAD_MM = 3;

/** The code large on top, the location barcode (Code 128) across the label below. */
export function drawBinLabel(doc: PDFKit.PDFDocument, label: BinLabel, cell: Cell): void {
  const pad = mm(PAD_MM);
  const width = cell.width - 2 * pad;
  const codeSize = Math.min(cell.height * 0.3, mm(12));
  doc.font(FONT.sansBold).fontSize(codeSize).fillColor('black').text(label.code, cell.x + pad, cell.y + pad, { width, align: 'center', lineBreak: false });
  doc.font(FONT.sans).fontSize(6).text(label.warehouseCode, cell.x + pad, cell.y + pad, { width, align: 'right', lineBreak: false });
  const barTop = cell.y + pad + codeSize * 1.3;
  // Ten modules of quiet zone each side: the symbol is stretched to the width left between them.
  const quiet = mm(4);
  drawBarcode(doc, {
    symbology: 'code128', text: label.barcode, x: cell.x + pad + quiet, y: barTop, width: width - 2 * quiet,
    height: cell.y + cell.height - barTop - pad - mm(4), humanReadable: true, fontSize: 6,
  });
}

export function drawBinLabelZpl(zpl: ZplLabel, label: BinLabel): void {
  zpl.text(PAD_MM, PAD_MM, 12, label.code, { widthMm: 101.6 - 2 * PAD_MM, align: 'C' });
  zpl.text(PAD_MM, PAD_MM, 2.5, label.warehouseCode, { widthMm: 101.6 - 2 * PAD_MM, align: 'R' });
  zpl.code128(10, 19, 22, 0.375, label.barcode);
}
