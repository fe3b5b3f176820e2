import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { actorLabel, UserActor } from '../../identity';
import { PlanningSuggestion, SuggestionKind, SuggestionStatus } from '../entities/planning-suggestion.entity';
import { suggestionNotFound, suggestionNotOpen, suggestionNotOrderable, suggestionsNotOpen } from '../planning.errors';
import { PurchaseOrderDrafts } from './purchase-order-drafts';

export interface OrderedGroup {
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  supplierId: string;
  warehouseId: string;
  transportMode: string;
  suggestionIds: string[];
}

/** Dismissing suggestions and turning them into draft purchase orders. */
@Injectable()
export class SuggestionActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly drafts: PurchaseOrderDrafts,
  ) {}

  /** Hides an open suggestion until its quantity or stock-out date moves materially. */
  async dismiss(id: string, reason: string, actor: UserActor): Promise<PlanningSuggestion> {
    return this.transactions.run(async (m) => {
      const s = await m.findOne(PlanningSuggestion, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!s) throw suggestionNotFound(id);
      if (s.status !== SuggestionStatus.Open) throw suggestionNotOpen(id, s.status);
      Object.assign(s, {
        status: SuggestionStatus.Dismissed, dismissedReason: reason, dismissedBy: actorLabel(actor), dismissedAt: new Date(),
        dismissedQuantity: s.quantity, dismissedStockoutDate: s.stockoutDate, resurfacedAt: null,
      });
      return m.save(s);
    });
  }

  /**
   * One draft per supplier × warehouse × mode × currency. The suggestions are claimed (status
   * `ordered`) before the drafts are created, so two planners cannot order the same one twice; if
   * procurement refuses a draft, the suggestions not ordered yet are opened again and the error is
   * passed on.
   */
  async order(ids: string[], actor: UserActor): Promise<OrderedGroup[]> {
    const unique = [...new Set(ids)];
    const claimed = await this.transactions.run(async (m) => {
      const rows = await m.find(PlanningSuggestion, { where: { id: In(unique) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      ids.forEach((id, i) => {
        const s = byId.get(id);
        if (!s) throw suggestionNotOrderable(`suggestionIds[${i}]`, `suggestionIds[${i}] is not a planning suggestion`);
        if (s.kind === SuggestionKind.ExpeditePurchaseOrder) {
          throw suggestionNotOrderable(`suggestionIds[${i}]`, `suggestionIds[${i}] changes purchase order ${s.purchaseOrderNumber}; edit that order instead`);
        }
        if (!s.supplierId) throw suggestionNotOrderable(`suggestionIds[${i}]`, `suggestionIds[${i}] has no active supplier for ${s.sku}`);
      });
      const closed = rows.filter((r) => r.status !== SuggestionStatus.Open).map((r) => r.id);
      if (closed.length) throw suggestionsNotOpen('suggestionIds', closed);
      await m.update(PlanningSuggestion, { id: In(unique) }, { status: SuggestionStatus.Ordered, orderedBy: actorLabel(actor), orderedAt: new Date() });
      return rows;
    });

    const currencies = await this.itemCurrencies(claimed.map((s) => s.supplierProductId!));
    const groups = new Map<string, PlanningSuggestion[]>();
    for (const s of claimed) {
      const key = [s.supplierId, s.warehouseId, s.transportMode, currencies.get(s.supplierProductId!)].join('|');
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    const done: OrderedGroup[] = [];
    const pending = [...groups.values()];
    try {
      for (const group of pending.slice()) {
        const [first] = group;
        const po = await this.drafts.create(
          {
            supplierId: first.supplierId!, warehouseId: first.warehouseId, mode: first.transportMode === 'air' ? 'air' : 'sea',
            currency: currencies.get(first.supplierProductId!)!, lines: group.map((s) => ({ productId: s.productId, quantity: s.quantity })),
            notes: `Planning: ${group.map((s) => `${s.kind} ${s.sku} ×${s.quantity}${s.spike ? ` (spike ×${s.spikeMultiple})` : ''}`).join('; ')}`,
          },
          actor,
        );
        await this.dataSource.getRepository(PlanningSuggestion).update(
          { id: In(group.map((s) => s.id)) },
          { orderedPurchaseOrderId: po.id, orderedPurchaseOrderNumber: po.number },
        );
        pending.shift();
        done.push({
          purchaseOrderId: po.id, purchaseOrderNumber: po.number, supplierId: first.supplierId!, warehouseId: first.warehouseId,
          transportMode: first.transportMode, suggestionIds: group.map((s) => s.id),
        });
      }
    } catch (error) {
      const reopen = pending.flat().map((s) => s.id);
      await this.dataSource.getRepository(PlanningSuggestion).update(
        { id: In(reopen), status: SuggestionStatus.Ordered },
        { status: SuggestionStatus.Open, orderedBy: null, orderedAt: null },
      );
      throw error;
    }
    return done;
  }

  private async itemCurrencies(supplierProductIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; currency: string }[] = await this.dataSource.query('SELECT id, currency FROM supplier_product WHERE id = ANY($1::uuid[])', [
      [...new Set(supplierProductIds)],
    ]);
    return new Map(rows.map((r) => [r.id, r.currency]));
  }
}
