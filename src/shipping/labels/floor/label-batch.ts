/// <reference types="pdfkit" />
import { createPdf, mm, pdfToBuffer } from '../../../common/rendering';
import { PrinterDpi, ZplLabel } from '../zpl';

export type BatchLayout = 'sheet' | 'roll';

/** A cell to draw one label in, in points. */
export interface Cell {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelStock {
  /** One label per page on a thermal roll. */
  roll: { widthMm: number; heightMm: number };
  /** A4 sheets of die-cut labels. */
  sheet: { columns: number; rows: number; labelWidthMm: number; labelHeightMm: number; topMm: number; leftMm: number };
}

/** 4 × 2 in on a roll; 3 × 8 labels of 70 × 37 mm on A4 (the common office stock). */
export const SMALL_LABEL_STOCK: LabelStock = {
  roll: { widthMm: 101.6, heightMm: 50.8 },
  sheet: { columns: 3, rows: 8, labelWidthMm: 70, labelHeightMm: 37, topMm: 0.5, leftMm: 0 },
};

/** 4 × 6 in on a roll; four A6 labels on A4. */
export const LOGISTICS_LABEL_STOCK: LabelStock = {
  roll: { widthMm: 101.6, heightMm: 152.4 },
  sheet: { columns: 2, rows: 2, labelWidthMm: 105, labelHeightMm: 148.5, topMm: 0, leftMm: 0 },
};

/** Draws each item into its own cell: a page per label on a roll, a grid of labels on a sheet. */
export async function renderBatchPdf<T>(items: T[], layout: BatchLayout, stock: LabelStock, draw: (doc: PDFKit.PDFDocument, item: T, cell: Cell) => void): Promise<Buffer> {
  if (layout === 'roll') {
    const size: [number, number] = [mm(stock.roll.widthMm), mm(stock.roll.heightMm)];
    const doc = createPdf({ size, margin: 0 });
    items.forEach((item, index) => {
      if (index > 0) doc.addPage({ size, margin: 0 });
      draw(doc, item, { x: 0, y: 0, width: size[0], height: size[1] });
    });
    return pdfToBuffer(doc);
  }
  const { columns, rows, labelWidthMm, labelHeightMm, topMm, leftMm } = stock.sheet;
  const doc = createPdf({ size: 'A4', margin: 0 });
  items.forEach((item, index) => {
    const slot = index % (columns * rows);
    if (index > 0 && slot === 0) doc.addPage({ size: 'A4', margin: 0 });
    const cell = {
      x: mm(leftMm + (slot % columns) * labelWidthMm),
      y: mm(topMm + Math.floor(slot / columns) * labelHeightMm),
      width: mm(labelWidthMm),
      height: mm(labelHeightMm),
    };
    draw(doc, item, cell);
  });
  return pdfToBuffer(doc);
}

/** One ^XA … ^XZ per label, for a roll in a thermal printer. */
export function renderBatchZpl<T>(items: T[], stock: LabelStock, dpi: PrinterDpi, draw: (zpl: ZplLabel, item: T) => void): string {
  return items
    .map((item) => {
      const zpl = new ZplLabel(dpi, stock.roll.widthMm, stock.roll.heightMm);
      draw(zpl, item);
      return zpl.toString();
    })
    .join('');
}
