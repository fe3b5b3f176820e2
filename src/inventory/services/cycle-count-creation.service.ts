import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProductService } from '../../catalog';
import { Transactions } from '../../common/database/transactions.service';
import { ValidationFailedError } from '../../common/errors';
import { actorLabel, AnyActor } from '../../identity/actor';
import { CycleCount, CycleCountLine, CycleCountLocation, CycleCountStatus } from '../entities/cycle-count.entity';
import { Warehouse } from '../entities/warehouse.entity';
import { cycleCountScopeInvalid, locationsInOpenCount } from '../inventory.errors';
import { lockBalances } from './balance-locks';
import { productsById, stockKeysIn } from './cycle-count-records';
import { FREEZING_STATUSES } from './cycle-count.lifecycle';

export interface NewCycleCount {
  warehouseId: string;
  /** These bins; without them, every bin of the warehouse holding `productIds`. */
  locationIds?: string[];
  /** Count only these products; empty or absent = everything in the bins. */
  productIds?: string[];
}

interface Bin {
  id: string;
  code: string;
  warehouseId: string;
  active: boolean;
}

/** Starts counts: resolves the bins, freezes them and snapshots what the ledger says is in them. */
@Injectable()
export class CycleCountCreationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly products: ProductService,
  ) {}

  async create(actor: AnyActor, input: NewCycleCount): Promise<CycleCount> {
    const locationIds = [...new Set(input.locationIds ?? [])];
    const productIds = [...new Set(input.productIds ?? [])];
    if (!locationIds.length && !productIds.length) {
      throw new ValidationFailedError([{ field: 'locationIds', message: 'give locationIds, productIds or both' }]);
    }
    const known = await productsById(this.products, productIds);
    const unknown = productIds.filter((id) => !known.has(id));
    if (unknown.length) throw cycleCountScopeInvalid('productIds', `no product with id ${unknown.join(', ')}`);

    return this.transactions.run(async (em) => {
      if (!(await em.getRepository(Warehouse).existsBy({ id: input.warehouseId }))) {
        throw cycleCountScopeInvalid('warehouseId', `no warehouse with id ${input.warehouseId}`);
      }
      const bins = locationIds.length
        ? await this.listedBins(em, input.warehouseId, locationIds)
        : await this.binsHolding(em, input.warehouseId, productIds);
      await this.refuseBinsInOpenCounts(em, bins);

      const count = await em.getRepository(CycleCount).save(
        em.getRepository(CycleCount).create({ warehouseId: input.warehouseId, productIds, status: CycleCountStatus.Open, createdBy: actorLabel(actor) }),
      );
      // From here on the ledger refuses every movement but `count` in these bins.
      await em.getRepository(CycleCountLocation).insert(bins.map((b) => ({ cycleCountId: count.id, locationId: b.id })));
      await this.snapshot(em, count, bins);
      return count;
    });
  }

  private async listedBins(em: EntityManager, warehouseId: string, ids: string[]): Promise<Bin[]> {
    const bins = await this.lockBins(em, ids);
    const missing = ids.filter((id) => !bins.some((b) => b.id === id));
    if (missing.length) throw cycleCountScopeInvalid('locationIds', `no location with id ${missing.join(', ')}`);
    const foreign = bins.filter((b) => b.warehouseId !== warehouseId);
    if (foreign.length) throw cycleCountScopeInvalid('locationIds', `${foreign.map((b) => b.code).join(', ')} belong to another warehouse`);
    const inactive = bins.filter((b) => !b.active);
    if (inactive.length) throw cycleCountScopeInvalid('locationIds', `${inactive.map((b) => b.code).join(', ')} are inactive`);
    return bins;
  }

  private async binsHolding(em: EntityManager, warehouseId: string, productIds: string[]): Promise<Bin[]> {
    const rows: { location_id: string }[] = await em.query(
      'SELECT DISTINCT location_id FROM stock_balance WHERE warehouse_id = $1 AND product_id = ANY($2::uuid[]) AND on_hand > 0',
      [warehouseId, productIds],
    );
    if (!rows.length) throw cycleCountScopeInvalid('productIds', 'no bin of this warehouse holds these products');
    return this.lockBins(em, rows.map((r) => r.location_id));
  }

  /**
   * Two leads counting the same bin at once: the second waits here until the first commits, and
   * then sees the first count's frozen bins. (NO KEY UPDATE leaves foreign-key checks alone.)
   */
  private async lockBins(em: EntityManager, ids: string[]): Promise<Bin[]> {
    const rows: { id: string; code: string; warehouse_id: string; active: boolean }[] = await em.query(
      'SELECT id, code, warehouse_id, active FROM location WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE',
      [ids],
    );
    return rows.map((r) => ({ id: r.id, code: r.code, warehouseId: r.warehouse_id, active: r.active }));
  }

  private async refuseBinsInOpenCounts(em: EntityManager, bins: Bin[]): Promise<void> {
    const busy: { location_id: string; cycle_count_id: string }[] = await em.query(
      `SELECT f.location_id, f.cycle_count_id FROM cycle_count_location f JOIN cycle_count c ON c.id = f.cycle_count_id
        WHERE f.location_id = ANY($1::uuid[]) AND c.status = ANY($2)`,
      [bins.map((b) => b.id), FREEZING_STATUSES],
    );
    if (!busy.length) return;
    const codeOf = new Map(bins.map((b) => [b.id, b.code]));
    throw locationsInOpenCount(
      busy
        .map((b) => ({ locationId: b.location_id, locationCode: codeOf.get(b.location_id)!, cycleCountId: b.cycle_count_id }))
        .sort((a, b) => a.locationCode.localeCompare(b.locationCode)),
    );
  }

  /**
   * One line per product × lot with stock in each bin, `expected` = on hand. The balance rows are
   * locked in the ledger's order, so the snapshot waits for postings in flight instead of reading
   * half of them.
   */
  private async snapshot(em: EntityManager, count: CycleCount, bins: Bin[]): Promise<void> {
    const keys = await stockKeysIn(em, bins.map((b) => b.id), count.productIds);
    const balances = [...(await lockBalances(em, keys)).values()].filter((b) => b.onHand > 0);
    if (!balances.length) return;
    await em.getRepository(CycleCountLine).insert(
      balances.map((b) => ({ cycleCountId: count.id, locationId: b.locationId, productId: b.productId, lotId: b.lotId, expected: b.onHand })),
    );
  }
}
