import { addPageNumbers, createPdf, drawTable, FONT, mm, pdfToBuffer, TableColumn } from '../../common/rendering';
import { CustomsDocumentModel } from './customs-document.model';
import { drawCategories, drawFields, drawPartiesSideBySide, drawSignedDeclaration, drawTitle } from './pdf-parts';

const MARGIN = mm(15);

/** UPU CN 23 boxes 1, 2, 3, 5, 7 and 8; A4 portrait leaves 510 pt between the margins. */
const COLUMNS: TableColumn[] = [
  { header: '(1) Detailed description', width: 160 },
  { header: '(2) Qty', width: 30, align: 'right' },
  { header: '(3) Net kg', width: 44, align: 'right' },
  { header: '(5) Value', width: 62, align: 'right' },
  { header: '(7) HS tariff number', width: 72 },
  { header: '(8) Origin', width: 40 },
  { header: 'SKU', width: 102 },
];

const STATEMENT =
  '(15) I certify that the particulars given in this customs declaration are correct and that this item does not contain any ' +
  'dangerous article or articles prohibited by legislation or by postal or customs regulations.';

/** CN 23, printed on A4 and carried outside the parcel in a clear envelope. */
export async function renderCn23Pdf(model: CustomsDocumentModel): Promise<Buffer> {
  const doc = createPdf({ size: 'A4', margin: MARGIN, title: `CN 23 ${model.trackingNumber}` });
  const x = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  let y = drawTitle(doc, 'CUSTOMS DECLARATION CN 23', `Designated operator: ${model.carrierName} · ${model.serviceName} · May be opened officially`, model.trackingNumber, x, MARGIN, width);
  y = drawPartiesSideBySide(doc, model.sender, model.recipient, x, y, width) + mm(3);
  y = drawFields(doc, [['Importer', [model.importerOfRecord.name, ...model.importerOfRecord.lines].join(' · ')]], x, y, mm(35), width) + mm(2);

  drawTable(doc, {
    columns: COLUMNS,
    rows: model.lines.map((l) => [l.descriptionZh ? `${l.description}\n${l.descriptionZh}` : l.description, l.quantity, l.netWeightKg, l.value, l.hsCode, l.origin, l.sku]),
    startY: y,
    fontSize: 8,
  });
  y = drawFields(doc, [
    ['(4) Total gross weight', `${model.grossWeightKg} kg (net ${model.totalNetWeightKg} kg)`],
    ['(6) Total value', `${model.totalValue} ${model.currency}`],
    ['(9) Postage / fees', 'see carrier invoice'],
    ['(14) Invoice', model.invoiceNumber],
    ['Terms', `${model.incoterm}; duties paid by ${model.dutiesPaidBy}`],
    ...model.estimatedDuties.map((d): [string, string] => ['Duty', d]),
  ], x, doc.y + mm(3), mm(40), width) + mm(3);

  doc.font(FONT.sansBold).fontSize(8.5).text('(10) Category of item', x, y);
  y = drawCategories(doc, model, x, doc.y, width) + mm(4);
  if (y > doc.page.height - MARGIN - mm(40)) {
    doc.addPage();
    y = MARGIN;
  }
  drawSignedDeclaration(doc, STATEMENT, model, x, y, width);
  addPageNumbers(doc);
  return pdfToBuffer(doc);
}
