import { ApiProperty } from '@nestjs/swagger';
import { ReceiptLine } from '../entities/receipt-line.entity';
import { ReceiptScan, ScanKind } from '../entities/receipt-scan.entity';
import { Receipt } from '../entities/receipt.entity';
import { ReceiptStatus } from './receipt.lifecycle';

export class ReceiptLineDto {
  id: string;
  lineNo: number;
  purchaseOrderId: string | null;
  purchaseOrderNumber: string | null;
  purchaseOrderLineId: string | null;
  productId: string | null;
  sku: string | null;
  /** The code scanned when it matched no product. */
  scannedCode: string | null;
  expectedQuantity: number;
  /** Filled in at close: good and damaged units. */
  receivedQuantity: number;
  damagedQuantity: number;
  overQuantity: number;
  shortQuantity: number;
  /** Units booked against the purchase-order line. */
  purchaseOrderQuantity: number;
}

export class ScanProgressDto {
  productId: string | null;
  sku: string | null;
  scannedCode: string | null;
  expected: number;
  scanned: number;
  damaged: number;
}

export class ReceiptDto {
  id: string;
  number: string;
  @ApiProperty({ enum: ReceiptStatus, enumName: 'ReceiptStatus' })
  status: ReceiptStatus;
  shipmentId: string | null;
  purchaseOrderId: string | null;
  warehouseId: string;
  openedBy: string;
  closedAt: Date | null;
  closedBy: string | null;
  createdAt: Date;
  lines: ReceiptLineDto[];
  /** Per product (or unknown code): expected against scanned so far. */
  progress: ScanProgressDto[];
}

export class ScannedUnitDto {
  @ApiProperty({ enum: ScanKind, enumName: 'ReceiptScanKind' })
  kind: ScanKind;
  productId: string | null;
  sku: string | null;
  scannedCode: string;
  sscc: string | null;
  lotCode: string | null;
  quantity: number;
  damaged: boolean;
  /** `within`, `over_flagged` (accepted, over the expected quantity), `over_limit` (accepted by override), `unexpected` or `unknown`. */
  verdict: string;
  overriddenBy: string | null;
}

export class ReceiptScanResultDto {
  receiptId: string;
  units: ScannedUnitDto[];
  /** Progress of the products this scan touched. */
  progress: ScanProgressDto[];
}

export function toReceiptLineDto(l: ReceiptLine): ReceiptLineDto {
  return {
    id: l.id, lineNo: l.lineNo, purchaseOrderId: l.purchaseOrderId, purchaseOrderNumber: l.purchaseOrderNumber, purchaseOrderLineId: l.purchaseOrderLineId, productId: l.productId, sku: l.sku,
    scannedCode: l.scannedCode, expectedQuantity: l.expectedQuantity, receivedQuantity: l.receivedQuantity, damagedQuantity: l.damagedQuantity,
    overQuantity: l.overQuantity, shortQuantity: l.shortQuantity, purchaseOrderQuantity: l.purchaseOrderQuantity,
  };
}

/** Expected per product from the lines, scanned per product (or unknown code) from the scans. */
export function scanProgress(lines: ReceiptLine[], scans: ReceiptScan[]): ScanProgressDto[] {
  const progress = new Map<string, ScanProgressDto>();
  const entry = (productId: string | null, sku: string | null, code: string | null) => {
    const key = productId ?? `code:${code}`;
    if (!progress.has(key)) progress.set(key, { productId, sku, scannedCode: productId ? null : code, expected: 0, scanned: 0, damaged: 0 });
    return progress.get(key)!;
  };
  for (const l of lines) if (l.productId) entry(l.productId, l.sku, null).expected += l.expectedQuantity;
  for (const s of scans) {
    const e = entry(s.productId, s.sku, s.scannedCode);
    e.scanned += s.quantity;
    if (s.damaged) e.damaged += s.quantity;
  }
  return [...progress.values()];
}

export function toReceiptDto(receipt: Receipt, lines: ReceiptLine[], scans: ReceiptScan[]): ReceiptDto {
  return {
    id: receipt.id, number: receipt.number, status: receipt.status, shipmentId: receipt.shipmentId, purchaseOrderId: receipt.purchaseOrderId,
    warehouseId: receipt.warehouseId, openedBy: receipt.openedBy, closedAt: receipt.closedAt, closedBy: receipt.closedBy, createdAt: receipt.createdAt,
    lines: lines.map(toReceiptLineDto), progress: scanProgress(lines, scans),
  };
}

export function toScanResultDto(receiptId: string, written: ReceiptScan[], lines: ReceiptLine[], allScans: ReceiptScan[]): ReceiptScanResultDto {
  const touched = new Set(written.map((s) => s.productId ?? `code:${s.scannedCode}`));
  return {
    receiptId,
    units: written.map((s) => ({
      kind: s.kind, productId: s.productId, sku: s.sku, scannedCode: s.scannedCode, sscc: s.sscc, lotCode: s.lotCode, quantity: s.quantity,
      damaged: s.damaged, verdict: s.verdict, overriddenBy: s.overriddenBy,
    })),
    progress: scanProgress(lines, allScans).filter((p) => touched.has(p.productId ?? `code:${p.scannedCode}`)),
  };
}

export class DiscrepancyDto {
  lineNo: number;
  /** `short`, `over`, `damaged` or `unexpected`. */
  type: string;
  sku: string | null;
  scannedCode: string | null;
  purchaseOrderNumber: string | null;
  expected: number;
  received: number;
  quantity: number;
}

export class DiscrepancyReportDto {
  receiptId: string;
  receiptNumber: string;
  shipmentNumber: string | null;
  purchaseOrderNumbers: string[];
  warehouse: string;
  closedAt: Date;
  closedBy: string;
  discrepancies: DiscrepancyDto[];
}
