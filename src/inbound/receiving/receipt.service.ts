import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { Actor, actorLabel } from '../../identity';
import { LocationType } from '../../inventory';
import { PurchaseOrderStatus } from '../../procurement';
import { nextDocumentNumber } from '../common/document-numbers';
import { OrderLineFacts, PurchaseOrders } from '../common/purchase-orders.gateway';
import { ReceiptLine } from '../entities/receipt-line.entity';
import { ReceiptScan } from '../entities/receipt-scan.entity';
import { Receipt } from '../entities/receipt.entity';
import { ReceivedCarton } from '../entities/received-carton.entity';
import { nothingToReceive, purchaseOrderNotReceivable, receiptAlreadyOpen, receiptNotFound } from '../inbound.errors';
import { ShipmentMilestoneService } from '../shipments/shipment-milestone.service';
import { ShipmentService } from '../shipments/shipment.service';
import { DockLocations } from './dock-locations';
import { OpenReceiptDto } from './receipt-input.dto';
import { receiptLifecycle, ReceiptStatus } from './receipt.lifecycle';

const RECEIVABLE: readonly string[] = [PurchaseOrderStatus.Confirmed, PurchaseOrderStatus.PartiallyReceived];

export interface ReceiptView {
  receipt: Receipt;
  lines: ReceiptLine[];
  scans: ReceiptScan[];
}

/** Opening, reading and cancelling receipts; scanning and closing have services of their own. */
@Injectable()
export class ReceiptService {
  constructor(
    @InjectRepository(Receipt) private readonly receipts: Repository<Receipt>,
    private readonly transactions: Transactions,
    private readonly shipments: ShipmentService,
    private readonly milestones: ShipmentMilestoneService,
    private readonly orders: PurchaseOrders,
    private readonly docks: DockLocations,
  ) {}

  /**
   * A receipt for a delivered shipment (expecting what it carries) or, blind, for a purchase order
   * (expecting its open quantities). Its orders must be receivable now, not only at close.
   */
  async open(input: OpenReceiptDto, actor: Actor): Promise<Receipt> {
    try {
      return await this.transactions.run((manager) => (input.shipmentId ? this.openForShipment(manager, input.shipmentId, actor) : this.openBlind(manager, input.purchaseOrder!, actor)));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_receipt_open_shipment')) throw receiptAlreadyOpen(input.shipmentId!);
      throw error;
    }
  }

  async get(id: string): Promise<Receipt> {
    const receipt = await this.receipts.findOneBy({ id });
    if (!receipt) throw receiptNotFound(id);
    return receipt;
  }

  async lock(manager: EntityManager, id: string): Promise<Receipt> {
    const receipt = await manager.findOne(Receipt, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!receipt) throw receiptNotFound(id);
    return receipt;
  }

  async view(idOrReceipt: string | Receipt, manager: EntityManager = this.receipts.manager): Promise<ReceiptView> {
    const receipt = typeof idOrReceipt === 'string' ? await this.get(idOrReceipt) : idOrReceipt;
    // Sequential: `manager` may be a transaction's, whose single connection cannot run two queries at once.
    const lines = await manager.find(ReceiptLine, { where: { receiptId: receipt.id }, order: { lineNo: 'ASC' } });
    const scans = await manager.find(ReceiptScan, { where: { receiptId: receipt.id }, order: { scannedAt: 'ASC', lineNo: 'ASC' } });
    return { receipt, lines, scans };
  }

  /** Throws the scans away: the cartons may be received again, and the shipment waits to be received. */
  cancel(id: string, actor: Actor): Promise<Receipt> {
    return this.transactions.run(async (manager) => {
      const receipt = await this.lock(manager, id);
      receipt.status = receiptLifecycle.next(receipt.status, 'cancel');
      receipt.closedAt = new Date();
      receipt.closedBy = actorLabel(actor);
      await manager.delete(ReceivedCarton, { receiptId: id });
      if (receipt.shipmentId) await this.milestones.advance(manager, await this.shipments.lock(manager, receipt.shipmentId), 'cancel_receiving', actor);
      return manager.save(receipt);
    });
  }

  private async openForShipment(manager: EntityManager, shipmentId: string, actor: Actor): Promise<Receipt> {
    const shipment = await this.shipments.lock(manager, shipmentId);
    const open = await manager.findOneBy(Receipt, { shipmentId, status: ReceiptStatus.Open });
    if (open) throw receiptAlreadyOpen(shipment.number, open.id);
    await this.milestones.advance(manager, shipment, 'start_receiving', actor);
    const lines = await this.shipments.linesOf(shipment.id, manager);
    this.requireReceivable(await this.orders.lines(lines.map((l) => l.purchaseOrderLineId)));
    const receipt = await this.create(manager, { shipmentId, purchaseOrderId: null, warehouseId: shipment.warehouseId }, actor);
    await manager.insert(
      ReceiptLine,
      lines.map((l) => ({
        receiptId: receipt.id, lineNo: l.lineNo, purchaseOrderId: l.purchaseOrderId, purchaseOrderNumber: l.purchaseOrderNumber,
        purchaseOrderLineId: l.purchaseOrderLineId, productId: l.productId,
        sku: l.sku, expectedQuantity: l.quantityShipped, unitPriceMinor: l.unitPriceMinor, currency: l.currency,
      })),
    );
    return receipt;
  }

  private async openBlind(manager: EntityManager, purchaseOrder: string, actor: Actor): Promise<Receipt> {
    const facts = await this.orders.linesOf(purchaseOrder);
    this.requireReceivable(facts);
    const open = facts.filter((f) => f.open > 0);
    if (!open.length) throw nothingToReceive(facts[0].purchaseOrderNumber);
    const receipt = await this.create(manager, { shipmentId: null, purchaseOrderId: facts[0].purchaseOrderId, warehouseId: facts[0].warehouseId }, actor);
    await manager.insert(
      ReceiptLine,
      open.map((f, i) => ({
        receiptId: receipt.id, lineNo: i + 1, purchaseOrderId: f.purchaseOrderId, purchaseOrderNumber: f.purchaseOrderNumber, purchaseOrderLineId: f.lineId,
        productId: f.productId, sku: f.sku,
        expectedQuantity: f.open, unitPriceMinor: f.unitPriceMinor, currency: f.currency,
      })),
    );
    return receipt;
  }

  private requireReceivable(facts: OrderLineFacts[]): void {
    const blocked = facts.find((f) => !RECEIVABLE.includes(f.status));
    if (blocked) throw purchaseOrderNotReceivable(blocked.purchaseOrderNumber, blocked.status);
  }

  private async create(manager: EntityManager, source: Pick<Receipt, 'shipmentId' | 'purchaseOrderId' | 'warehouseId'>, actor: Actor): Promise<Receipt> {
    // Fail now rather than at close: a warehouse without a receiving dock cannot take the goods in.
    await this.docks.of(source.warehouseId, LocationType.Receiving);
    return manager.save(
      manager.create(Receipt, {
        ...source, number: await nextDocumentNumber(manager, 'receipt_number_seq', 'RCV'), status: ReceiptStatus.Open,
        openedById: actor.id, openedBy: actorLabel(actor), closedAt: null, closedBy: null,
      }),
    );
  }
}
