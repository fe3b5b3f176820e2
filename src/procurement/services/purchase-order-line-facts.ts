import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { PurchaseOrderStatus } from './purchase-order.lifecycle';

/** What other modules (receiving, inbound shipments) need to know about a purchase-order line. */
export interface PurchaseOrderLineFacts {
  lineId: string;
  lineNo: number;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  status: PurchaseOrderStatus;
  warehouseId: string;
  currency: string;
  productId: string;
  sku: string;
  unitPriceMinor: number;
  /** Ordered less cancelled. */
  ordered: number;
  received: number;
  /** ordered − received, not below 0. */
  open: number;
  /** Units a receipt may still book, including the over-receipt tolerance. */
  receivable: number;
}

/** Units that may still be received on a line: what is ordered (less cancelled) plus the tolerance, less what arrived. */
export function receivableQuantity(line: Pick<PurchaseOrderLine, 'quantity' | 'quantityCancelled' | 'quantityReceived'>, tolerancePercent: number): number {
  const ordered = line.quantity - line.quantityCancelled;
  return Math.max(0, Math.floor((ordered * (100 + tolerancePercent)) / 100) - line.quantityReceived);
}

export function toLineFacts(po: PurchaseOrder, line: PurchaseOrderLine, tolerancePercent: number): PurchaseOrderLineFacts {
  const ordered = line.quantity - line.quantityCancelled;
  return {
    lineId: line.id, lineNo: line.lineNo, purchaseOrderId: po.id, purchaseOrderNumber: po.number, status: po.status, warehouseId: po.warehouseId,
    currency: po.currency, productId: line.productId, sku: line.sku, unitPriceMinor: line.unitPriceMinor,
    ordered, received: line.quantityReceived, open: Math.max(0, ordered - line.quantityReceived), receivable: receivableQuantity(line, tolerancePercent),
  };
}
