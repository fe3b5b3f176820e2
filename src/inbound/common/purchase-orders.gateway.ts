import { EntityManager } from 'typeorm';
import { PurchaseOrderStatus } from '../../procurement';

/** What inbound needs to know about a purchase-order line, from procurement. */
export interface OrderLineFacts {
  lineId: string;
  lineNo: number;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  status: string;
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
}

/**
 * Inbound's view of procurement: purchase-order lines, receipts against them and currency
 * conversion. The one class that talks to procurement's public API (see purchase-orders.adapter.ts).
 */
export abstract class PurchaseOrders {
  /** The lines with these ids that exist (missing ids are simply absent). */
  abstract lines(lineIds: string[]): Promise<OrderLineFacts[]>;

  /** Every line of the order with this id or number; 404 when there is no such order. */
  abstract linesOf(idOrNumber: string): Promise<OrderLineFacts[]>;

  /**
   * Books received units against a line inside the caller's transaction and moves the order to
   * partially received / received. Returns the units booked: never more than procurement accepts,
   * so an over-receipt beyond its tolerance stays a receiving discrepancy instead of failing the close.
   */
  abstract recordReceipt(manager: EntityManager, lineId: string, quantity: number): Promise<number>;

  abstract readonly baseCurrency: string;

  /** Minor units of `currency` in minor units of the base currency, at the latest rate on or before `date`. */
  abstract toBase(amountMinor: number, currency: string, date: string, manager?: EntityManager): Promise<number>;
}

/** Order states goods can ship against. */
export const SHIPPABLE_ORDER_STATUSES: readonly string[] = [
  PurchaseOrderStatus.Approved, PurchaseOrderStatus.Sent, PurchaseOrderStatus.Confirmed, PurchaseOrderStatus.PartiallyReceived,
];
