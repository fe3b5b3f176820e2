import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventPublisher } from '../../common/events';
import { Transactions } from '../../common/database/transactions.service';
import { JsonObject } from '../../common/database/json';
import { Environment } from '../../config/environment';
import { actorLabel, AnyActor, AuditService, UserActor } from '../../identity';
import { DocumentJobs } from '../documents/document-jobs';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { Supplier } from '../entities/supplier.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { noLines, reasonRequired } from '../procurement.errors';
import { assertNotCreator, AUTO_APPROVER } from './approval-rules';
import { FxRateService } from './fx-rate.service';
import { formatMinor } from './money';
import { openQuantity, orderTotal } from './purchase-order-lines';
import { loadLines, lockOrder, orderDate, takeStep } from './purchase-order-records';
import { purchaseOrderLifecycle } from './purchase-order.lifecycle';

/** The lifecycle steps of an order between submission and closing (receipts are in ProcurementService). */
@Injectable()
export class PurchaseOrderWorkflowService {
  constructor(
    private readonly transactions: Transactions,
    private readonly fx: FxRateService,
    private readonly env: Environment,
    private readonly documents: DocumentJobs,
    private readonly audit: AuditService,
    private readonly events: EventPublisher,
  ) {}

  /**
   * Submits a draft. The total is converted to the base currency at the order date's rate (422
   * FX_RATE_MISSING without one); over the threshold it waits for a manager, otherwise it is
   * approved at once by the system.
   */
  submit(id: string, actor: UserActor, reason?: string): Promise<PurchaseOrder> {
    return this.transactions.run(async (manager) => {
      const po = await lockOrder(manager, id);
      purchaseOrderLifecycle.next(po.status, 'submit');
      if (!(await loadLines(manager, id)).length) throw noLines();
      const base = await this.fx.toBase(po.totalMinor, po.currency, orderDate(po), manager);
      const threshold = this.env.PO_APPROVAL_THRESHOLD_MINOR;
      const decision: JsonObject = {
        totalMinor: po.totalMinor, currency: po.currency, baseTotalMinor: base.amountMinor, baseCurrency: base.baseCurrency,
        rate: base.rate, rateDate: base.rateDate, thresholdMinor: threshold, approvalRequired: base.amountMinor > threshold,
      };
      po.submittedAt = new Date();
      await takeStep(manager, po, 'submit', { actor, reason, details: decision });
      if (base.amountMinor <= threshold) {
        const limit = `${formatMinor(threshold, base.baseCurrency)} ${base.baseCurrency}`;
        const total = `${formatMinor(base.amountMinor, base.baseCurrency)} ${base.baseCurrency}`;
        const why = `Total ${total} is not over the approval threshold of ${limit}`;
        await this.approveWithin(manager, po, AUTO_APPROVER, why, decision);
        // No request carries this step, so the audit interceptor cannot record it.
        await this.audit.record(
          { actor: AUTO_APPROVER, action: 'purchase_order.approve', entityType: 'purchase_order', entityId: po.id, summary: { reason: why, ...decision } },
          manager,
        );
      }
      return manager.save(po);
    });
  }

  approve(id: string, actor: UserActor, reason?: string): Promise<PurchaseOrder> {
    return this.step(id, 'approve', async (manager, po) => {
      assertNotCreator(po, actor, 'approve');
      await this.approveWithin(manager, po, actor, reason);
    });
  }

  /** Sends the order back to draft with the reason, for the buyer to fix and resubmit. */
  reject(id: string, actor: UserActor, reason: string): Promise<PurchaseOrder> {
    return this.step(id, 'reject', async (manager, po) => {
      assertNotCreator(po, actor, 'reject');
      po.submittedAt = null;
      await takeStep(manager, po, 'reject', { actor, reason });
    });
  }

  /** Records who sent the order when; mails it to the supplier when SMTP is configured. */
  send(id: string, actor: UserActor, reason?: string): Promise<PurchaseOrder> {
    return this.step(id, 'send', async (manager, po) => {
      po.sentAt = new Date();
      po.sentBy = actorLabel(actor);
      await takeStep(manager, po, 'send', { actor, reason, details: { revision: po.revision, mailed: this.documents.mailConfigured } });
      await this.publish(manager, po, 'purchase_order.sent');
      await this.documents.render(manager, po);
      await this.documents.mail(manager, po);
    });
  }

  cancel(id: string, actor: UserActor, reason: string): Promise<PurchaseOrder> {
    return this.step(id, 'cancel', (manager, po) => takeStep(manager, po, 'cancel', { actor, reason }));
  }

  /**
   * Closes a received order, or short-closes a partially received one: then a reason is required
   * and whatever is still open is cancelled, so it stops counting as expected stock.
   */
  close(id: string, actor: UserActor, reason?: string): Promise<PurchaseOrder> {
    return this.step(id, 'close', async (manager, po) => {
      const lines = await loadLines(manager, id);
      const shortClosed = lines.filter((l) => openQuantity(l) > 0);
      if (shortClosed.length && !reason?.trim()) throw reasonRequired('short-close');
      for (const line of shortClosed) {
        line.quantityCancelled += openQuantity(line);
        await manager.update(PurchaseOrderLine, line.id, { quantityCancelled: line.quantityCancelled });
      }
      po.totalMinor = orderTotal(lines);
      const cancelled = shortClosed.map((l) => ({ lineNo: l.lineNo, sku: l.sku, quantityCancelled: l.quantityCancelled }));
      await takeStep(manager, po, 'close', { actor, reason, details: { cancelled } });
    });
  }

  private async approveWithin(manager: EntityManager, po: PurchaseOrder, actor: AnyActor, reason?: string, details?: JsonObject): Promise<void> {
    po.approvedAt = new Date();
    po.approvedBy = actorLabel(actor);
    await takeStep(manager, po, 'approve', { actor, reason, details });
    await this.documents.render(manager, po);
    await this.publish(manager, po, 'purchase_order.approved');
  }

  /** Tells subscribers, the supplier's own among them, that the order moved. */
  private async publish(manager: EntityManager, po: PurchaseOrder, type: 'purchase_order.approved' | 'purchase_order.sent'): Promise<void> {
    const supplier = await manager.findOneByOrFail(Supplier, { id: po.supplierId });
    await this.events.publish(manager, {
      type, partnerIds: [supplier.partnerId],
      data: {
        purchaseOrderId: po.id, number: po.number, revision: po.revision, status: po.status, supplierId: supplier.id, supplierCode: supplier.code,
        warehouseId: po.warehouseId, currency: po.currency, totalMinor: po.totalMinor,
      },
    });
  }

  /** Locks the order, refuses the action if its state does not allow it, runs `apply`, saves. */
  private step(
    id: string,
    action: 'approve' | 'reject' | 'send' | 'cancel' | 'close',
    apply: (manager: EntityManager, po: PurchaseOrder) => Promise<void>,
  ): Promise<PurchaseOrder> {
    return this.transactions.run(async (manager) => {
      const po = await lockOrder(manager, id);
      purchaseOrderLifecycle.next(po.status, action);
      await apply(manager, po);
      return manager.save(po);
    });
  }
}
