import { addPageNumbers, createPdf, drawTable, FONT, mm, pdfToBuffer } from '../../common/rendering';
import { Discrepancy } from './discrepancy-report';

export interface DiscrepancyReportHeader {
  receiptNumber: string;
  shipmentNumber: string | null;
  purchaseOrderNumbers: string[];
  warehouse: string;
  closedAt: Date;
  closedBy: string;
}

const TYPE_LABEL: Record<string, string> = { short: 'Short', over: 'Over', damaged: 'Damaged', unexpected: 'Unexpected' };

/** The discrepancy report of a closed receipt on A4, one row per discrepancy. */
export async function renderDiscrepancyReport(header: DiscrepancyReportHeader, discrepancies: Discrepancy[]): Promise<Buffer> {
  const doc = createPdf({ title: `Receiving discrepancies ${header.receiptNumber}` });
  doc.font(FONT.sansBold).fontSize(16).text('Receiving discrepancy report');
  doc.moveDown(0.5).font(FONT.sans).fontSize(10);
  const facts: [string, string][] = [
    ['Receipt', header.receiptNumber],
    ['Shipment', header.shipmentNumber ?? 'blind receipt (no shipment announced)'],
    ['Purchase orders', header.purchaseOrderNumbers.join(', ') || '—'],
    ['Warehouse', header.warehouse],
    ['Closed', `${header.closedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC by ${header.closedBy}`],
  ];
  for (const [label, value] of facts) doc.text(`${label}: ${value}`);
  doc.moveDown();
  if (discrepancies.length === 0) {
    doc.text('Everything arrived as expected.');
  } else {
    drawTable(doc, {
      columns: [
        { header: 'Line', width: mm(12), align: 'right' },
        { header: 'SKU / code', width: mm(45) },
        { header: 'Purchase order', width: mm(32) },
        { header: 'Discrepancy', width: mm(25) },
        { header: 'Expected', width: mm(18), align: 'right' },
        { header: 'Received', width: mm(18), align: 'right' },
        { header: 'Units', width: mm(18), align: 'right' },
      ],
      rows: discrepancies.map((d) => [
        String(d.lineNo), d.sku ?? `unknown code ${d.scannedCode ?? ''}`, d.purchaseOrderNumber ?? '—', TYPE_LABEL[d.type],
        String(d.expected), String(d.received), String(d.quantity),
      ]),
    });
  }
  addPageNumbers(doc);
  return pdfToBuffer(doc);
}
