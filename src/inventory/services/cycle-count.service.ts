import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { ConflictError } from '../../common/errors';
import { actorLabel, AnyActor } from '../../identity/actor';
import { CycleCount, CycleCountLine, CycleCountLocation, CycleCountStatus } from '../entities/cycle-count.entity';

export interface CountScan {
  locationId: string;
  productId: string;
  lotId: string | null;
  counted: number;
  actor: AnyActor;
}

export const noOpenCount = (locationId: string) =>
  new ConflictError('NO_OPEN_COUNT', `Location ${locationId} is not in an open cycle count; a lead creates counts.`, { locationId });

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
        (await lines.findOne({ where, lock: { mode: 'pessimistic_write' } })) ??
        lines.create({ cycleCountId: count.id, locationId: scan.locationId, productId: scan.productId, lotId: scan.lotId, expected: 0 });
      Object.assign(line, { counted: scan.counted, countedBy: actorLabel(scan.actor), countedAt: new Date(), recountRequested: false });
      await lines.save(line);
      return { cycleCountId: count.id };
    });
  }

  private async openCountOf(em: EntityManager, locationId: string): Promise<CycleCount> {
    const count = await em
      .getRepository(CycleCount)
      .createQueryBuilder('c')
      .innerJoin(CycleCountLocation, 'f', 'f.cycleCountId = c.id')
      .where('f.locationId = :locationId AND c.status = :open', { locationId, open: CycleCountStatus.Open })
      .setLock('pessimistic_read')
      .getOne();
    if (!count) throw noOpenCount(locationId);
    return count;
  }
}
