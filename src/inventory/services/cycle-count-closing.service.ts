import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { actorLabel, AnyActor } from '../../identity/actor';
import { CycleCount, CycleCountLine, CycleCountLocation } from '../entities/cycle-count.entity';
import { MovementType } from '../entities/stock-movement.entity';
import { cycleCountIncomplete, cycleCountStockChanged, StockDifference } from '../inventory.errors';
import { keyOf, lockBalances } from './balance-locks';
import { MovementInput } from './ledger-input';
import { lockCount, stockKeysIn } from './cycle-count-records';
import { cycleCountLifecycle } from './cycle-count.lifecycle';
import { StockLedgerService } from './stock-ledger.service';

export const COUNT_VARIANCE_REASON = 'count_variance';

/** Ends a count: approval posts its variances to the ledger; cancelling just lets the bins go. */
@Injectable()
export class CycleCountClosingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly ledger: StockLedgerService,
  ) {}

  /**
   * Posts one `count` movement per line whose count differs from the stock on hand, and marks the
   * count approved, in one transaction. The bins are released by the status change itself.
   */
  approve(cycleCountId: string, actor: AnyActor): Promise<CycleCount> {
    return this.transactions.run(async (em) => {
      const count = await lockCount(em, cycleCountId);
      const next = cycleCountLifecycle.next(count.status, 'approve');
      const lines = await em.getRepository(CycleCountLine).find({ where: { cycleCountId }, order: { id: 'ASC' } });
      // Submitting checked this already; the count is locked, so it still holds unless rows were edited by hand.
      const incomplete = lines.filter((l) => l.counted === null || l.recountRequested);
      if (incomplete.length) throw cycleCountIncomplete(incomplete.map((l) => l.id));
      await this.assertStockMatchesSnapshot(em, count, lines);

      const movements = lines.filter((l) => l.counted !== l.expected).map((l) => varianceMovement(count, l));
      if (movements.length) await this.ledger.post({ actor }, movements, em);
      Object.assign(count, { status: next, approvedBy: actorLabel(actor), approvedAt: new Date() });
      return em.getRepository(CycleCount).save(count);
    });
  }

  cancel(cycleCountId: string): Promise<CycleCount> {
    return this.transactions.run(async (em) => {
      const count = await lockCount(em, cycleCountId);
      count.status = cycleCountLifecycle.next(count.status, 'cancel');
      return em.getRepository(CycleCount).save(count);
    });
  }

  /**
   * Variances are taken against the stock on hand now. Frozen bins only change through their
   * count, so that must still equal the snapshot; if it does not (a posting that started before the
   * bins were frozen and finished after), the variances would be wrong and nothing is posted.
   * The balance rows stay locked until the posting, so nothing can slip in between.
   */
  private async assertStockMatchesSnapshot(em: EntityManager, count: CycleCount, lines: CycleCountLine[]): Promise<void> {
    const bins = await em.getRepository(CycleCountLocation).findBy({ cycleCountId: count.id });
    const stocked = await stockKeysIn(em, bins.map((b) => b.locationId), count.productIds);
    const balances = await lockBalances(em, [...lines, ...stocked]);
    const listed = new Set(lines.map(keyOf));
    const differences: StockDifference[] = [
      ...lines
        .map((l) => ({ locationId: l.locationId, productId: l.productId, lotId: l.lotId, expected: l.expected, onHand: balances.get(keyOf(l))?.onHand ?? 0 }))
        .filter((d) => d.onHand !== d.expected),
      ...[...balances.values()]
        .filter((b) => !listed.has(keyOf(b)) && b.onHand > 0)
        .map((b) => ({ locationId: b.locationId, productId: b.productId, lotId: b.lotId, expected: 0, onHand: b.onHand })),
    ];
    if (differences.length) throw cycleCountStockChanged(differences);
  }
}

/** Counted more than expected: stock arrives in the bin; fewer: it leaves. */
function varianceMovement(count: CycleCount, line: CycleCountLine): MovementInput {
  const variance = line.counted! - line.expected;
  return {
    type: MovementType.Count,
    productId: line.productId,
    lotId: line.lotId,
    fromLocationId: variance < 0 ? line.locationId : null,
    toLocationId: variance > 0 ? line.locationId : null,
    quantity: Math.abs(variance),
    reasonCode: COUNT_VARIANCE_REASON,
    reference: { type: 'cycle_count', id: count.id },
  };
}
