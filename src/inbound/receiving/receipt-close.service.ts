import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventPublisher } from '../../common/events';
import { Transactions } from '../../common/database/transactions.service';
import { Actor, actorLabel } from '../../identity';
import { LocationType, MovementInput, MovementType, StockLedgerService } from '../../inventory';
import { PurchaseOrders } from '../common/purchase-orders.gateway';
import { ReceiptLine } from '../entities/receipt-line.entity';
import { ReceiptScan } from '../entities/receipt-scan.entity';
import { Receipt } from '../entities/receipt.entity';
import { PutawayPlanner } from '../putaway/putaway-planner';
import { ShipmentMilestoneService } from '../shipments/shipment-milestone.service';
import { ShipmentService } from '../shipments/shipment.service';
import { ProductCostService } from '../valuation/product-cost.service';
import { DockLocations } from './dock-locations';
import { tallyProduct } from './receipt-tally';
import { receiptLifecycle } from './receipt.lifecycle';
import { ReceiptService } from './receipt.service';

/** Scans of one product and lot, split into good and damaged units. */
interface LotCount {
  productId: string;
  sku: string;
  lotId: string | null;
  lotCode: string | null;
  good: number;
  damaged: number;
}

/**
 * Closing a receipt, in one transaction: the count becomes line results and discrepancies, stock
 * is posted (good units to the receiving dock, damaged ones to quarantine), the purchase orders
 * are updated, put-away tasks are created, the average costs move, and the shipment is received.
 * Any failure leaves everything as it was, the receipt still open.
 */
@Injectable()
export class ReceiptCloseService {
  constructor(
    private readonly transactions: Transactions,
    private readonly receipts: ReceiptService,
    private readonly ledger: StockLedgerService,
    private readonly orders: PurchaseOrders,
    private readonly docks: DockLocations,
    private readonly putaway: PutawayPlanner,
    private readonly costs: ProductCostService,
    private readonly shipments: ShipmentService,
    private readonly milestones: ShipmentMilestoneService,
    private readonly events: EventPublisher,
  ) {}

  close(id: string, actor: Actor): Promise<Receipt> {
    return this.transactions.run(async (manager) => {
      const receipt = await this.receipts.lock(manager, id);
      receipt.status = receiptLifecycle.next(receipt.status, 'close');
      receipt.closedAt = new Date();
      receipt.closedBy = actorLabel(actor);
      // Locked now, before any cost row: a concurrent cost change locks the shipment first as well.
      const shipment = receipt.shipmentId ? await this.shipments.lock(manager, receipt.shipmentId) : null;
      const { lines, scans } = await this.receipts.view(receipt, manager);
      const counts = countByLot(scans);
      const allLines = await this.tally(manager, receipt, lines, counts, scans);
      const dock = await this.docks.of(receipt.warehouseId, LocationType.Receiving);
      await this.postStock(manager, receipt, dock.id, counts, actor);
      for (const line of allLines.filter((l) => l.purchaseOrderLineId && l.receivedQuantity > 0)) {
        line.purchaseOrderQuantity = await this.orders.recordReceipt(manager, line.purchaseOrderLineId!, line.receivedQuantity);
      }
      await this.costs.bookReceipt(manager, receipt, allLines);
      await manager.save(allLines);
      const good = counts.filter((c) => c.good > 0).map((c) => ({ productId: c.productId, sku: c.sku, lotId: c.lotId, lotCode: c.lotCode, quantity: c.good }));
      await this.putaway.createTasks(manager, receipt, dock.id, good);
      if (shipment) await this.milestones.advance(manager, shipment, 'finish_receiving', actor);
      await this.events.publish(manager, {
        type: 'receipt.closed', occurredAt: receipt.closedAt, partnerIds: [shipment?.forwarderId],
        data: {
          receiptId: receipt.id, number: receipt.number, warehouseId: receipt.warehouseId, shipmentId: receipt.shipmentId, purchaseOrderId: receipt.purchaseOrderId,
          lines: allLines.map((l) => ({ sku: l.sku, expectedQuantity: l.expectedQuantity, receivedQuantity: l.receivedQuantity, damagedQuantity: l.damagedQuantity, shortQuantity: l.shortQuantity, overQuantity: l.overQuantity })),
        },
      });
      return manager.save(receipt);
    });
  }

  /** Fills in the expected lines and adds lines for goods nobody expected, known or not. */
  private async tally(manager: EntityManager, receipt: Receipt, lines: ReceiptLine[], counts: LotCount[], scans: ReceiptScan[]): Promise<ReceiptLine[]> {
    const products = new Map<string, { sku: string; good: number; damaged: number }>();
    for (const c of counts) {
      const p = products.get(c.productId) ?? { sku: c.sku, good: 0, damaged: 0 };
      products.set(c.productId, { sku: p.sku, good: p.good + c.good, damaged: p.damaged + c.damaged });
    }
    let lineNo = lines.reduce((max, l) => Math.max(max, l.lineNo), 0);
    const extra = (fields: Partial<ReceiptLine>) =>
      manager.create(ReceiptLine, { receiptId: receipt.id, lineNo: ++lineNo, expectedQuantity: 0, purchaseOrderId: null, purchaseOrderNumber: null, purchaseOrderLineId: null, ...fields });
    const all = [...lines];
    for (const [productId, p] of products) {
      const own = lines.filter((l) => l.productId === productId);
      const targets = own.length ? own : [extra({ productId, sku: p.sku })];
      if (!own.length) all.push(targets[0]);
      tallyProduct(targets.map((l) => ({ id: String(l.lineNo), expected: l.expectedQuantity })), p.good, p.damaged).forEach((t, i) => {
        Object.assign(targets[i], { receivedQuantity: t.received, damagedQuantity: t.damaged, overQuantity: t.over, shortQuantity: t.short });
      });
    }
    for (const line of lines.filter((l) => !l.productId || !products.has(l.productId))) line.shortQuantity = line.expectedQuantity;
    const unknown = new Map<string, { quantity: number; damaged: number }>();
    for (const s of scans.filter((s) => !s.productId)) {
      const u = unknown.get(s.scannedCode) ?? { quantity: 0, damaged: 0 };
      unknown.set(s.scannedCode, { quantity: u.quantity + s.quantity, damaged: u.damaged + (s.damaged ? s.quantity : 0) });
    }
    for (const [code, u] of unknown) {
      all.push(extra({ productId: null, sku: null, scannedCode: code, receivedQuantity: u.quantity, damagedQuantity: u.damaged, overQuantity: u.quantity, shortQuantity: 0 }));
    }
    return all;
  }

  private async postStock(manager: EntityManager, receipt: Receipt, dockId: string, counts: LotCount[], actor: Actor): Promise<void> {
    const damaged = counts.some((c) => c.damaged > 0) ? await this.docks.of(receipt.warehouseId, LocationType.Quarantine) : null;
    const reference = { type: 'receipt', id: receipt.id };
    const movements: MovementInput[] = counts.flatMap((c) => [
      ...(c.good > 0 ? [{ type: MovementType.Receipt, productId: c.productId, toLocationId: dockId, lotId: c.lotId, quantity: c.good, reference }] : []),
      ...(c.damaged > 0 ? [{ type: MovementType.Receipt, productId: c.productId, toLocationId: damaged!.id, lotId: c.lotId, quantity: c.damaged, reasonCode: 'damaged', reference }] : []),
    ]);
    if (movements.length) await this.ledger.post({ actor, idempotencyKey: `receipt-close:${receipt.id}` }, movements, manager);
  }
}

function countByLot(scans: ReceiptScan[]): LotCount[] {
  const counts = new Map<string, LotCount>();
  for (const s of scans.filter((s) => s.productId)) {
    const key = `${s.productId}|${s.lotId ?? ''}`;
    const c = counts.get(key) ?? { productId: s.productId!, sku: s.sku!, lotId: s.lotId, lotCode: s.lotCode, good: 0, damaged: 0 };
    if (s.damaged) c.damaged += s.quantity;
    else c.good += s.quantity;
    counts.set(key, c);
  }
  return [...counts.values()];
}
