import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ValidationFailedError } from '../../common/errors';
import { MovementType, StockMovement } from '../entities/stock-movement.entity';

export interface MovementFilter {
  productId?: string;
  /** Movements leaving or arriving at this location. */
  locationId?: string;
  type?: MovementType;
  referenceType?: string;
  referenceId?: string;
  from?: Date;
  to?: Date;
  limit?: number;
  cursor?: string;
}

/** The ledger, newest first, keyset-paginated on the movement id. */
@Injectable()
export class MovementHistoryService {
  constructor(@InjectRepository(StockMovement) private readonly movements: Repository<StockMovement>) {}

  async list(f: MovementFilter): Promise<{ items: StockMovement[]; nextCursor: string | null }> {
    const limit = f.limit ?? 50;
    const qb = this.movements.createQueryBuilder('m');
    if (f.productId) qb.andWhere('m.productId = :productId', { productId: f.productId });
    if (f.locationId) qb.andWhere('(m.fromLocationId = :loc OR m.toLocationId = :loc)', { loc: f.locationId });
    if (f.type) qb.andWhere('m.type = :type', { type: f.type });
    if (f.referenceType) qb.andWhere('m.referenceType = :referenceType', { referenceType: f.referenceType });
    if (f.referenceId) qb.andWhere('m.referenceId = :referenceId', { referenceId: f.referenceId });
    if (f.from) qb.andWhere('m.occurredAt >= :from', { from: f.from });
    if (f.to) qb.andWhere('m.occurredAt < :to', { to: f.to });
    if (f.cursor) {
      if (!/^\d{1,18}$/.test(f.cursor)) throw new ValidationFailedError([{ field: 'cursor', message: 'cursor is not a cursor returned by this list' }]);
      qb.andWhere('m.id < :cursor', { cursor: f.cursor });
    }
    const rows = await qb.orderBy('m.id', 'DESC').limit(limit + 1).getMany();
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }
}
