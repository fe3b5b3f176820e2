import { createPdf, drawBarcode, drawTable, FONT, LABEL_4X6, mm, pdfToBuffer, TableColumn } from '../../common/rendering';
import { CustomsDocumentModel } from './customs-document.model';
import { drawCategories, drawSignedDeclaration } from './pdf-parts';

const MARGIN = mm(4);

/** 4 × 6 in less the margins leaves 265 pt across. */
const COLUMNS: TableColumn[] = [
  { header: '(1) Description, qty', width: 95 },
  { header: '(2) kg', width: 34, align: 'right' },
  { header: '(3) Value', width: 48, align: 'right' },
  { header: '(4) HS', width: 56 },
  { header: '(5) Origin', width: 32 },
];

const STATEMENT =
  '(8) I certify that the particulars given in this declaration are correct and that this item does not contain any dangerous ' +
  'article prohibited by legislation or by postal or customs regulations.';

/**
 * CN 22 on the pack station's 4 × 6 thermal stock, to stick on the address side. The UPU's nominal
 * size is smaller; the content and box numbers are the form's.
 */
export async function renderCn22Pdf(model: CustomsDocumentModel): Promise<Buffer> {
  const doc = createPdf({ size: LABEL_4X6, margin: MARGIN, title: `CN 22 ${model.trackingNumber}` });
  const x = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  doc.font(FONT.sansBold).fontSize(12).text('CUSTOMS DECLARATION CN 22', x, MARGIN, { width });
  doc.font(FONT.sans).fontSize(7).text(`Designated operator: ${model.carrierName} · May be opened officially`, { width });
  drawBarcode(doc, { symbology: 'code128', text: model.trackingNumber, x, y: doc.y + mm(1), height: mm(9), humanReadable: true });
  let y = doc.y + mm(14);
  y = drawCategories(doc, model, x, y, width, 7) + mm(2);
  drawTable(doc, {
    columns: COLUMNS,
    rows: model.lines.map((l) => [`${l.description} × ${l.quantity}`, l.netWeightKg, l.value, l.hsCode, l.origin]),
    startY: y,
    fontSize: 6.5,
    padding: 2,
  });
  doc.font(FONT.sansBold).fontSize(7.5)
    .text(`(6) Total gross weight ${model.grossWeightKg} kg   (7) Total value ${model.totalValue} ${model.currency}`, x, doc.y + mm(2), { width });
  drawSignedDeclaration(doc, STATEMENT, model, x, doc.y + mm(2), width, 7);
  return pdfToBuffer(doc);
}
