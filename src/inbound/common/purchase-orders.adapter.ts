import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProcurementService } from '../../procurement';
import { lockPurchaseOrderLine } from './advisory-lock';
import { OrderLineFacts, PurchaseOrders } from './purchase-orders.gateway';

/** PurchaseOrders through procurement's public ProcurementService. */
@Injectable()
export class ProcurementPurchaseOrders extends PurchaseOrders {
  constructor(private readonly procurement: ProcurementService) {
    super();
  }

  get baseCurrency(): string {
    return this.procurement.baseCurrency;
  }

  lines(lineIds: string[]): Promise<OrderLineFacts[]> {
    return this.procurement.lines(lineIds);
  }

  linesOf(idOrNumber: string): Promise<OrderLineFacts[]> {
    return this.procurement.linesOf(idOrNumber);
  }

  async recordReceipt(manager: EntityManager, lineId: string, quantity: number): Promise<number> {
    // The same lock shipments take on the line: no other close can book it between our read and our booking.
    await lockPurchaseOrderLine(manager, lineId);
    const [line] = await this.procurement.lines([lineId], manager);
    const booked = Math.min(quantity, line?.receivable ?? 0);
    if (booked > 0) await this.procurement.recordReceipt(manager, { purchaseOrderLineId: lineId, quantity: booked });
    return booked;
  }

  toBase(amountMinor: number, currency: string, date: string, manager?: EntityManager): Promise<number> {
    return this.procurement.toBase(amountMinor, currency, date, manager);
  }
}
