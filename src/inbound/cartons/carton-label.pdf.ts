import { addPageNumbers, createPdf, drawBarcode, drawTable, FONT, fontFor, mm, pdfToBuffer } from '../../common/rendering';

export interface LabelContent {
  sku: string;
  name: string;
  lotCode: string | null;
  expiryDate: string | null;
  quantity: number;
}

export interface LabelCarton {
  sscc: string;
  grossWeightG: number | null;
  contents: LabelContent[];
}

export interface LabelHeader {
  shipmentNumber: string;
  purchaseOrderNumbers: string[];
  shipTo: string[];
  originPort: string;
  destinationPort: string;
}

/** A6 portrait, the smallest size GS1 recommends for a logistic label. */
const A6: [number, number] = [mm(105), mm(148)];
const MARGIN = mm(5);
const BAR_HEIGHT = mm(25);
/** Content lines that fit above the barcode; the rest is summarised in one line. */
const MAX_CONTENT_ROWS = 6;

/**
 * One label per carton: ship-to, shipment and orders, the declared contents, gross weight, and at
 * the bottom (where GS1 wants it) the GS1-128 symbol of AI (00) + SSCC with its human-readable line.
 */
export async function renderCartonLabels(header: LabelHeader, cartons: LabelCarton[]): Promise<Buffer> {
  const doc = createPdf({ size: A6, margin: MARGIN, title: `Carton labels ${header.shipmentNumber}` });
  cartons.forEach((carton, i) => {
    if (i > 0) doc.addPage();
    drawLabel(doc, header, carton);
  });
  addPageNumbers(doc, (page, total) => `${header.shipmentNumber} · carton ${page} of ${total}`);
  return pdfToBuffer(doc);
}

function drawLabel(doc: PDFKit.PDFDocument, header: LabelHeader, carton: LabelCarton): void {
  const width = doc.page.width - 2 * MARGIN;
  const text = (value: string, size: number, bold = false) => {
    doc.font(fontFor(value, bold ? 'bold' : 'regular')).fontSize(size).text(value, MARGIN, doc.y, { width });
  };
  doc.y = MARGIN;
  text('SHIP TO', 7, true);
  header.shipTo.forEach((line, i) => text(line, i === 0 ? 10 : 8, i === 0));
  doc.moveDown(0.4);
  text(`Shipment ${header.shipmentNumber}   ${header.originPort} → ${header.destinationPort}`, 8, true);
  text(`PO ${header.purchaseOrderNumbers.join(', ')}`, 8);
  doc.moveDown(0.4);

  const shown = carton.contents.slice(0, MAX_CONTENT_ROWS);
  const rows = shown.map((c) => [c.sku, c.name, [c.lotCode, c.expiryDate].filter(Boolean).join(' / '), String(c.quantity)]);
  if (carton.contents.length > shown.length) rows.push([`+ ${carton.contents.length - shown.length} more lines`, '', '', '']);
  drawTable(doc, {
    columns: [
      { header: 'SKU', width: mm(28) },
      { header: 'Description', width: mm(35) },
      { header: 'Lot / expiry', width: mm(20) },
      { header: 'Qty', width: width - mm(83), align: 'right' },
    ],
    rows,
    fontSize: 7,
    padding: 2,
  });
  doc.moveDown(0.3);
  const units = carton.contents.reduce((sum, c) => sum + c.quantity, 0);
  const weight = carton.grossWeightG === null ? '' : `   Gross weight ${(carton.grossWeightG / 1000).toFixed(2)} kg`;
  text(`${units} units${weight}`, 8, true);

  const barTop = doc.page.height - MARGIN - BAR_HEIGHT - mm(12);
  doc.font(FONT.sansBold).fontSize(7).text('SSCC', MARGIN, barTop - mm(4), { width });
  // 0.5 mm bars make the 20-digit symbol about 78 mm wide; starting 10 modules in keeps its quiet zone.
  drawBarcode(doc, {
    symbology: 'gs1-128', text: `(00)${carton.sscc}`, x: MARGIN + mm(5), y: barTop, height: BAR_HEIGHT, moduleWidth: mm(0.5), humanReadable: true, fontSize: 9,
  });
}
