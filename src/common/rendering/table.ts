/// <reference types="pdfkit" />
import { fontFor } from './fonts';

export interface TableColumn {
  header: string;
  /** Column width in points. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableOptions {
  columns: TableColumn[];
  rows: string[][];
  /** Top of the table. Default doc.y. */
  startY?: number;
  /** Left edge of the table. Default the left margin. */
  x?: number;
  fontSize?: number;
  /** Padding inside each cell, in points. */
  padding?: number;
  /**
   * Called right after the table starts a new page, before the header is repeated; draw a
   * letterhead here and leave doc.y below it, where the table goes on.
   */
  onPageAdded?: (doc: PDFKit.PDFDocument) => void;
}

const RULE_COLOR = '#999999';
const HEADER_BACKGROUND = '#eeeeee';

/**
 * Draws a table whose cells wrap, breaking pages between rows and repeating the header on each
 * new page. Each cell gets the CJK font when its text needs it. Returns the y below the last row
 * and leaves doc.y there.
 */
export function drawTable(doc: PDFKit.PDFDocument, options: TableOptions): number {
  const { columns, rows, fontSize = 9, padding = 3 } = options;
  const left = options.x ?? doc.page.margins.left;
  const headers = columns.map((column) => column.header);

  const cellFont = (text: string, bold: boolean) => doc.font(fontFor(text, bold ? 'bold' : 'regular')).fontSize(fontSize);
  const rowHeight = (cells: string[], bold: boolean) =>
    Math.max(
      ...columns.map((column, index) => {
        const text = cells[index] ?? '';
        return cellFont(text, bold).heightOfString(text, { width: column.width - 2 * padding });
      }),
    ) + 2 * padding;
  const pageBottom = () => doc.page.height - doc.page.margins.bottom;

  const drawRow = (cells: string[], top: number, height: number, isHeader: boolean) => {
    if (isHeader) doc.rect(left, top, tableWidth(columns), height).fill(HEADER_BACKGROUND);
    doc.fillColor('black');
    let cellLeft = left;
    columns.forEach((column, index) => {
      const text = cells[index] ?? '';
      cellFont(text, isHeader).text(text, cellLeft + padding, top + padding, {
        width: column.width - 2 * padding,
        // A row taller than a whole page is cut off rather than spilling onto pages pdfkit adds.
        height: Math.min(height, pageBottom() - top) - padding,
        align: column.align ?? 'left',
      });
      cellLeft += column.width;
    });
    doc.save();
    doc
      .moveTo(left, top + height)
      .lineTo(left + tableWidth(columns), top + height)
      .lineWidth(0.5)
      .stroke(RULE_COLOR);
    doc.restore();
    return top + height;
  };

  const headerHeight = rowHeight(headers, true);
  const continueOnNewPage = () => {
    doc.addPage();
    options.onPageAdded?.(doc);
    return drawRow(headers, doc.y, headerHeight, true);
  };

  let y = options.startY ?? doc.y;
  // Never leave a header alone at the foot of a page.
  const firstRowHeight = rows.length > 0 ? rowHeight(rows[0], false) : 0;
  const startsBelowTop = y > doc.page.margins.top;
  y = startsBelowTop && y + headerHeight + firstRowHeight > pageBottom() ? continueOnNewPage() : drawRow(headers, y, headerHeight, true);
  let rowsOnPage = 0;
  for (const cells of rows) {
    const height = rowHeight(cells, false);
    // A row that does not fit on an empty page is drawn (and cut) there rather than looping.
    if (rowsOnPage > 0 && y + height > pageBottom()) {
      y = continueOnNewPage();
      rowsOnPage = 0;
    }
    y = drawRow(cells, y, height, false);
    rowsOnPage++;
  }
  doc.x = left;
  doc.y = y;
  return y;
}

function tableWidth(columns: TableColumn[]): number {
  return columns.reduce((sum, column) => sum + column.width, 0);
}
