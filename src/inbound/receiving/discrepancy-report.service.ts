import { Injectable } from '@nestjs/common';
import { WarehouseService } from '../../inventory';
import { receiptNotClosed } from '../inbound.errors';
import { ShipmentService } from '../shipments/shipment.service';
import { Discrepancy, discrepanciesOf } from './discrepancy-report';
import { DiscrepancyReportHeader, renderDiscrepancyReport } from './discrepancy-report.pdf';
import { ReceiptStatus } from './receipt.lifecycle';
import { ReceiptService } from './receipt.service';

export interface DiscrepancyReport extends DiscrepancyReportHeader {
  receiptId: string;
  discrepancies: Discrepancy[];
}

@Injectable()
export class DiscrepancyReportService {
  constructor(
    private readonly receipts: ReceiptService,
    private readonly shipments: ShipmentService,
    private readonly warehouses: WarehouseService,
  ) {}

  async report(receiptId: string): Promise<DiscrepancyReport> {
    const { receipt, lines } = await this.receipts.view(receiptId);
    if (receipt.status !== ReceiptStatus.Closed) throw receiptNotClosed(receipt.number, receipt.status);
    const warehouse = await this.warehouses.get(receipt.warehouseId);
    const shipment = receipt.shipmentId ? await this.shipments.get(receipt.shipmentId) : null;
    return {
      receiptId: receipt.id, receiptNumber: receipt.number, shipmentNumber: shipment?.number ?? null,
      purchaseOrderNumbers: [...new Set(lines.map((l) => l.purchaseOrderNumber).filter((n): n is string => !!n))],
      warehouse: `${warehouse.code} ${warehouse.name}`, closedAt: receipt.closedAt!, closedBy: receipt.closedBy!,
      discrepancies: discrepanciesOf(lines),
    };
  }

  async pdf(receiptId: string): Promise<{ fileName: string; pdf: Buffer }> {
    const report = await this.report(receiptId);
    return { fileName: `${report.receiptNumber}-discrepancies.pdf`, pdf: await renderDiscrepancyReport(report, report.discrepancies) };
  }
}
