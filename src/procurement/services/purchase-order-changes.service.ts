import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { Environment } from '../../config/environment';
import { Actor, actorLabel, UserActor } from '../../identity';
import { DocumentJobs } from '../documents/document-jobs';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrderRevision } from '../entities/purchase-order-revision.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { emptyRevision, lineRuleBroken, managerRequired, purchaseOrderNotFound, revisionMismatch, unknownLine } from '../procurement.errors';
import { FxRateService } from './fx-rate.service';
import { orderTotal } from './purchase-order-lines';
import { loadLines, lockOrder, orderDate, takeStep } from './purchase-order-records';
import { purchaseOrderLifecycle } from './purchase-order.lifecycle';
import { assertNotCreator, isProcurementManager } from './approval-rules';
import { applyRevision, LineRevision } from './revision-diff';

export interface LineConfirmation {
  lineId: string;
  /** Defaults to the quantity still ordered. */
  confirmedQuantity?: number;
  /** Defaults to the promised date. */
  confirmedDate?: string | null;
}

export interface Confirmation {
  /** The revision being confirmed; confirming an older one is refused. */
  revision: number;
  lines?: LineConfirmation[];
  reason?: string;
}

export interface Revision {
  reason: string;
  lines: LineRevision[];
}

/** What the supplier confirms, and what changes after the order was sent. */
@Injectable()
export class PurchaseOrderChangesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly fx: FxRateService,
    private readonly env: Environment,
    private readonly documents: DocumentJobs,
  ) {}

  /**
   * Records the supplier's confirmed quantities and dates. Lines left out are confirmed as ordered.
   * `supplierId`, for a supplier's own API key, limits it to that supplier's sent orders: any
   * other order is a 404, so a key cannot probe which orders exist.
   */
  confirm(id: string, input: Confirmation, actor: Actor, supplierId?: string): Promise<PurchaseOrder> {
    return this.transactions.run(async (manager) => {
      const po = await lockOrder(manager, id);
      if (supplierId !== undefined && (po.supplierId !== supplierId || !po.sentAt)) throw purchaseOrderNotFound(id);
      purchaseOrderLifecycle.next(po.status, 'confirm');
      if (input.revision !== po.revision) throw revisionMismatch(po.revision, input.revision);
      const lines = await loadLines(manager, id);
      const given = new Map<string, { confirmation: LineConfirmation; index: number }>();
      const known = new Set(lines.map((l) => l.id));
      (input.lines ?? []).forEach((confirmation, index) => {
        if (!known.has(confirmation.lineId)) throw unknownLine(`lines[${index}].lineId`, confirmation.lineId);
        given.set(confirmation.lineId, { confirmation, index });
      });
      for (const line of lines) {
        const entry = given.get(line.id);
        const ordered = line.quantity - line.quantityCancelled;
        const quantity = entry?.confirmation.confirmedQuantity ?? ordered;
        if (entry && quantity > ordered) {
          const field = `lines[${entry.index}].confirmedQuantity`;
          throw lineRuleBroken(field, `${field} ${quantity} is more than the ${ordered} ordered on line ${line.lineNo}`);
        }
        line.confirmedQuantity = quantity;
        line.confirmedDate = entry?.confirmation.confirmedDate !== undefined ? entry.confirmation.confirmedDate : line.promisedDate;
        await manager.update(PurchaseOrderLine, line.id, { confirmedQuantity: line.confirmedQuantity, confirmedDate: line.confirmedDate });
      }
      po.confirmedAt = new Date();
      po.confirmedBy = actorLabel(actor);
      const confirmed = lines.map((l) => ({ lineNo: l.lineNo, confirmedQuantity: l.confirmedQuantity, confirmedDate: l.confirmedDate }));
      await takeStep(manager, po, 'confirm', { actor, reason: input.reason, details: { revision: po.revision, lines: confirmed } });
      return manager.save(po);
    });
  }

  /**
   * Changes a sent order as a new revision: records the diff, clears the supplier's confirmation
   * (the new revision must be confirmed again) and schedules its document. Raising the total above
   * the approval threshold needs a procurement manager other than the creator, as approval would.
   */
  revise(id: string, input: Revision, actor: UserActor): Promise<PurchaseOrder> {
    return this.transactions.run(async (manager) => {
      const po = await lockOrder(manager, id);
      purchaseOrderLifecycle.next(po.status, 'revise');
      const lines = await loadLines(manager, id);
      const diff = applyRevision(lines, input.lines);
      if (!diff.length) throw emptyRevision();
      const total = orderTotal(lines);
      if (total > po.totalMinor) await this.assertMayRaiseTo(manager, total, po, actor);
      for (const { lineId } of diff) {
        const line = lines.find((l) => l.id === lineId)!;
        const { quantity, unitPriceMinor, promisedDate, quantityCancelled } = line;
        await manager.update(PurchaseOrderLine, lineId, { quantity, unitPriceMinor, promisedDate, quantityCancelled });
      }
      await manager.update(PurchaseOrderLine, { purchaseOrderId: id }, { confirmedQuantity: null, confirmedDate: null });
      po.revision += 1;
      po.totalMinor = total;
      po.confirmedAt = null;
      po.confirmedBy = null;
      await manager.insert(PurchaseOrderRevision, {
        purchaseOrderId: id, revision: po.revision, reason: input.reason, changes: { lines: diff }, createdById: actor.id, createdBy: actorLabel(actor),
      });
      await takeStep(manager, po, 'revise', { actor, reason: input.reason, details: { revision: po.revision, linesChanged: diff.length } });
      const saved = await manager.save(po);
      await this.documents.render(manager, po);
      await this.documents.mail(manager, po);
      return saved;
    });
  }

  private async assertMayRaiseTo(manager: EntityManager, total: number, po: PurchaseOrder, actor: UserActor): Promise<void> {
    const base = await this.fx.toBase(total, po.currency, orderDate(po), manager);
    if (base.amountMinor <= this.env.PO_APPROVAL_THRESHOLD_MINOR) return;
    if (!isProcurementManager(actor)) throw managerRequired('raise the total of');
    assertNotCreator(po, actor, 'raise the total of');
  }
}
