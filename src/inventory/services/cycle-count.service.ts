import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { ConflictError, NotFoundError } from '../../common/errors';
import { actorLabel, AnyActor } from '../../identity/actor';
import { CycleCount, CycleCountLine, CycleCountLocation } from '../entities/cycle-count.entity';
import { cycleCountIncomplete, cycleCountLinesUnknown, noOpenCount } from '../inventory.errors';
import { lockCount } from './cycle-count-records';
import { cycleCountLifecycle, FREEZING_STATUSES } from './cycle-count.lifecycle';

export interface CountScan {
  locationId: string;
  productId: string;
  lotId: string | null;
  counted: number;
  actor: AnyActor;
}

/** What a worker counted; also clears a recount request, because the line has now been counted again. */
function withCount(line: CycleCountLine, counted: number, actor: AnyActor): CycleCountLine {
  return Object.assign(line, { counted, countedBy: actorLabel(actor), countedAt: new Date(), recountRequested: false });
}

/** Counting on the floor: scans and keyboard entries, submitting the result, and recounts. */
@Injectable()
export class CycleCountService {
  constructor(private readonly transactions: Transactions) {}

  /**
   * Records what a worker counted (blind: the expected quantity is never returned). A product
   * found in the bin that the snapshot did not list gets a line with expected 0. Counting the same
   * line again overwrites the earlier count and clears a recount request.
   */
  recordCount(scan: CountScan): Promise<{ cycleCountId: string }> {
    return this.transactions.run(async (em) => {
      const count = await this.openCountOf(em, scan.locationId);
      if (count.productIds.length && !count.productIds.includes(scan.productId)) {
        throw new ConflictError('PRODUCT_NOT_IN_COUNT', 'This count is limited to other products.', { cycleCountId: count.id });
      }
      const lines = em.getRepository(CycleCountLine);
      const where = { cycleCountId: count.id, locationId: scan.locationId, productId: scan.productId, lotId: scan.lotId ?? IsNull() };
      const line =
        (await lines.findOneBy(where)) ??
        lines.create({ cycleCountId: count.id, locationId: scan.locationId, productId: scan.productId, lotId: scan.lotId, expected: 0 });
      await lines.save(withCount(line, scan.counted, scan.actor));
      return { cycleCountId: count.id };
    });
  }

  /** Keyboard entry of one listed line, for when the label cannot be scanned. */
  countLine(cycleCountId: string, lineId: string, counted: number, actor: AnyActor): Promise<CycleCountLine> {
    return this.transactions.run(async (em) => {
      const count = await lockCount(em, cycleCountId);
      cycleCountLifecycle.next(count.status, 'count');
      const lines = em.getRepository(CycleCountLine);
      const line = await lines.findOneBy({ id: lineId, cycleCountId });
      if (!line) throw new NotFoundError('cycle_count_line', lineId);
      return lines.save(withCount(line, counted, actor));
    });
  }

  /** Ends counting: every line must have a count and no recount may be pending. */
  submit(cycleCountId: string): Promise<CycleCount> {
    return this.transactions.run(async (em) => {
      const count = await lockCount(em, cycleCountId);
      const next = cycleCountLifecycle.next(count.status, 'submit');
      const incomplete = await em
        .getRepository(CycleCountLine)
        .createQueryBuilder('l')
        .select('l.id', 'id')
        .where('l.cycleCountId = :id AND (l.counted IS NULL OR l.recountRequested)', { id: count.id })
        .orderBy('l.id')
        .getRawMany<{ id: string }>();
      if (incomplete.length) throw cycleCountIncomplete(incomplete.map((l) => String(l.id)));
      count.status = next;
      return em.getRepository(CycleCount).save(count);
    });
  }

  /** Sends lines back to the floor: their counts are cleared and the count is open again. */
  recount(cycleCountId: string, lineIds: string[]): Promise<CycleCount> {
    return this.transactions.run(async (em) => {
      const count = await lockCount(em, cycleCountId);
      const next = cycleCountLifecycle.next(count.status, 'recount');
      const wanted = [...new Set(lineIds)];
      const lines = em.getRepository(CycleCountLine);
      const found = await lines.findBy({ cycleCountId, id: In(wanted) });
      const unknown = wanted.filter((id) => !found.some((l) => l.id === id));
      if (unknown.length) throw cycleCountLinesUnknown(unknown);
      await lines.update({ cycleCountId, id: In(wanted) }, { recountRequested: true, counted: null, countedBy: null, countedAt: null });
      count.status = next;
      return em.getRepository(CycleCount).save(count);
    });
  }

  /**
   * The count a location is in, locked like `lockCount` so that two scans of the same found
   * product cannot both insert a line. A submitted count takes no more counts until a lead asks
   * for a recount, which reopens it.
   */
  private async openCountOf(em: EntityManager, locationId: string): Promise<CycleCount> {
    const count = await em
      .getRepository(CycleCount)
      .createQueryBuilder('c')
      .innerJoin(CycleCountLocation, 'f', 'f.cycleCountId = c.id')
      .where('f.locationId = :locationId AND c.status IN (:...frozen)', { locationId, frozen: FREEZING_STATUSES })
      .setLock('pessimistic_write', undefined, ['c'])
      .getOne();
    if (!count) throw noOpenCount(locationId);
    cycleCountLifecycle.next(count.status, 'count');
    return count;
  }
}
