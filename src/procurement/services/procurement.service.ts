import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { NotFoundError, ValidationFailedError } from '../../common/errors';
import { Environment } from '../../config/environment';
import { AnyActor, AuditService, SystemActor } from '../../identity';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { overReceipt, purchaseOrderNotFound } from '../procurement.errors';
import { FxRateService } from './fx-rate.service';
import { PurchaseOrderLineFacts, receivableQuantity, toLineFacts } from './purchase-order-line-facts';
import { openQuantity } from './purchase-order-lines';
import { loadLines, lockOrder, takeStep } from './purchase-order-records';
import { PurchaseOrderStatus, purchaseOrderLifecycle } from './purchase-order.lifecycle';

export interface Receipt {
  purchaseOrderLineId: string;
  /** Units received now, in the product's base unit; a positive integer. */
  quantity: number;
}

export interface ReceiptResult {
  purchaseOrderId: string;
  number: string;
  status: PurchaseOrderStatus;
  purchaseOrderLineId: string;
  quantityReceived: number;
  openQuantity: number;
}

/** Receipts made by the receiving process rather than by a person's request. */
export const RECEIVING: SystemActor = { kind: 'system', id: 'receiving' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Procurement's public service for other modules. Receiving calls `recordReceipt`, inside its own
 * transaction when it passes one, so the receipt and the purchase order commit together.
 */
@Injectable()
export class ProcurementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly env: Environment,
    private readonly fx: FxRateService,
    private readonly audit: AuditService,
  ) {}

  get baseCurrency(): string {
    return this.fx.baseCurrency;
  }

  /** Minor units of `currency` in minor units of the base currency, at the latest rate on or before `date` (422 FX_RATE_MISSING without one). */
  async toBase(amountMinor: number, currency: string, date: string, manager?: EntityManager): Promise<number> {
    return (await this.fx.toBase(amountMinor, currency, date, manager)).amountMinor;
  }

  /** The lines with these ids; ids that match no line are left out. */
  async lines(lineIds: string[], manager: EntityManager = this.dataSource.manager): Promise<PurchaseOrderLineFacts[]> {
    const ids = [...new Set(lineIds)].filter((id) => UUID.test(id));
    if (!ids.length) return [];
    const lines = await manager.find(PurchaseOrderLine, { where: { id: In(ids) }, order: { lineNo: 'ASC' } });
    const orders = await manager.findBy(PurchaseOrder, { id: In([...new Set(lines.map((l) => l.purchaseOrderId))]) });
    const byId = new Map(orders.map((po) => [po.id, po]));
    return lines.map((l) => toLineFacts(byId.get(l.purchaseOrderId)!, l, this.env.PO_OVER_RECEIPT_TOLERANCE_PERCENT));
  }

  /** Every line of the order with this id or number (404 PURCHASE_ORDER_NOT_FOUND when there is none). */
  async linesOf(idOrNumber: string, manager: EntityManager = this.dataSource.manager): Promise<PurchaseOrderLineFacts[]> {
    const po = await manager.findOneBy(PurchaseOrder, UUID.test(idOrNumber) ? { id: idOrNumber } : { number: idOrNumber.trim().toUpperCase() });
    if (!po) throw purchaseOrderNotFound(idOrNumber);
    const lines = await manager.find(PurchaseOrderLine, { where: { purchaseOrderId: po.id }, order: { lineNo: 'ASC' } });
    return lines.map((l) => toLineFacts(po, l, this.env.PO_OVER_RECEIPT_TOLERANCE_PERCENT));
  }

  /**
   * Adds received units to a line and moves the order to `partially_received` or, once every line
   * has arrived, `received`. Receiving more than ordered (less cancelled) is a 409 PO_OVER_RECEIPT,
   * unless PO_OVER_RECEIPT_TOLERANCE_PERCENT allows the excess.
   */
  async recordReceipt(manager: EntityManager | undefined, receipt: Receipt, actor: AnyActor = RECEIVING): Promise<ReceiptResult> {
    const { purchaseOrderLineId, quantity } = receipt;
    if (!Number.isInteger(quantity) || quantity < 1) {
      throw new ValidationFailedError([{ field: 'quantity', message: 'quantity must be a positive integer' }]);
    }
    const work = async (m: EntityManager): Promise<ReceiptResult> => {
      const found = await m.findOneBy(PurchaseOrderLine, { id: purchaseOrderLineId });
      if (!found) throw new NotFoundError('purchase_order_line', purchaseOrderLineId);
      const po = await lockOrder(m, found.purchaseOrderId);
      purchaseOrderLifecycle.next(po.status, 'receive_partially');
      // Read again under the order's lock: `found` may predate a concurrent receipt.
      const lines = await loadLines(m, po.id);
      const line = lines.find((l) => l.id === purchaseOrderLineId)!;
      const tolerance = this.env.PO_OVER_RECEIPT_TOLERANCE_PERCENT;
      const receivable = receivableQuantity(line, tolerance);
      if (quantity > receivable) throw overReceipt(line.id, receivable, quantity, tolerance);
      line.quantityReceived += quantity;
      await m.update(PurchaseOrderLine, line.id, { quantityReceived: line.quantityReceived });
      const complete = lines.every((l) => openQuantity(l) === 0);
      const details = { purchaseOrderLineId: line.id, lineNo: line.lineNo, sku: line.sku, quantity, quantityReceived: line.quantityReceived };
      await takeStep(m, po, complete ? 'receive_fully' : 'receive_partially', { actor, details });
      // Receipts arrive through the receiving process, not a procurement route, so they are audited here.
      await this.audit.record(
        { actor, action: 'purchase_order.receive', entityType: 'purchase_order', entityId: po.id, summary: { ...details, status: po.status } },
        m,
      );
      await m.save(po);
      return {
        purchaseOrderId: po.id, number: po.number, status: po.status, purchaseOrderLineId: line.id,
        quantityReceived: line.quantityReceived, openQuantity: openQuantity(line),
      };
    };
    return manager ? work(manager) : this.transactions.run(work);
  }
}
