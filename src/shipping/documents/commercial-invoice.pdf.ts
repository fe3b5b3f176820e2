import { addPageNumbers, createPdf, drawTable, mm, pdfToBuffer, TableColumn } from '../../common/rendering';
import { CustomsDocumentModel } from './customs-document.model';
import { drawFields, drawPartiesSideBySide, drawParty, drawSignedDeclaration, drawTitle } from './pdf-parts';

const MARGIN = mm(15);

const COLUMNS: TableColumn[] = [
  { header: 'Description', width: 136 },
  { header: 'SKU / GTIN', width: 90 },
  { header: 'HS code', width: 60 },
  { header: 'Origin', width: 32 },
  { header: 'Qty', width: 28, align: 'right' },
  { header: 'Unit value', width: 52, align: 'right' },
  { header: 'Line total', width: 60, align: 'right' },
  { header: 'Net kg', width: 42, align: 'right' },
];

const STATEMENT =
  'I certify this commercial invoice is true and correct, that the values are the real transaction values, and that ' +
  'the goods originate in the countries stated.';

/** Commercial invoice for courier shipments (19 CFR 141.86; reference §2). */
export async function renderCommercialInvoicePdf(model: CustomsDocumentModel): Promise<Buffer> {
  const doc = createPdf({ size: 'A4', margin: MARGIN, title: `Commercial invoice ${model.invoiceNumber}` });
  const x = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  let y = drawTitle(doc, 'COMMERCIAL INVOICE', `${model.carrierName} · ${model.serviceName}`, model.trackingNumber, x, MARGIN, width);
  y = drawFields(doc, [
    ['Invoice number', model.invoiceNumber],
    ['Invoice date', model.shipDate],
    ['Order number', model.orderReference],
    ['Tracking / AWB', model.trackingNumber],
  ], x, y, mm(35), width) + mm(3);
  y = drawPartiesSideBySide(doc, { ...model.sender, heading: 'Seller / exporter' }, { ...model.recipient, heading: 'Consignee / buyer' }, x, y, width) + mm(3);
  y = drawParty(doc, model.importerOfRecord, x, y, width / 2) + mm(3);
  y = drawFields(doc, [
    ['Incoterm', model.incoterm],
    ['Currency', model.currency],
    ['Reason for export', model.reasonForExport],
    ['Duties and taxes paid by', model.dutiesPaidBy],
  ], x, y, mm(45), width) + mm(3);

  drawTable(doc, {
    columns: COLUMNS,
    rows: model.lines.map((l) => [l.descriptionZh ? `${l.description}\n${l.descriptionZh}` : l.description, l.sku, l.hsCode, l.origin, l.quantity, l.unitValue, l.value, l.netWeightKg]),
    startY: y,
    fontSize: 8,
  });
  const zero = `0.00 ${model.currency}`;
  y = drawFields(doc, [
    ['Freight', zero],
    ['Insurance', zero],
    ['Packing', zero],
    ['Total value', `${model.totalValue} ${model.currency}`],
    ['Number of packages', model.packages],
    ['Net weight', `${model.totalNetWeightKg} kg`],
    ['Gross weight', `${model.grossWeightKg} kg`],
    ...model.estimatedDuties.map((d): [string, string] => ['Duty estimate', d]),
  ], x + width / 2, doc.y + mm(3), mm(40), width / 2) + mm(5);
  if (y > doc.page.height - MARGIN - mm(40)) {
    doc.addPage();
    y = MARGIN;
  }
  drawSignedDeclaration(doc, STATEMENT, model, x, y, width);
  addPageNumbers(doc);
  return pdfToBuffer(doc);
}
