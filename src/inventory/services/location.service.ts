import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { NotFoundError } from '../../common/errors';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { Location, LocationType } from '../entities/location.entity';
import { invalidLocationRange, locationsExist } from '../inventory.errors';
import { expandLocationRange, InvalidLocationRangeError } from './location-range';
import {
  existingCodes, lastPickSequence, LocationSpec, lockWarehouseForNewLocations, newLocation, PICK_SEQUENCE_STEP,
} from './new-locations';
import { WarehouseService } from './warehouse.service';

export interface NewLocation extends LocationSpec {
  code: string;
  pickSequence?: number | null;
}

export interface LocationRange extends LocationSpec {
  pattern: string;
  skipExisting?: boolean;
}

export interface LocationRangeResult {
  created: number;
  skipped: number;
}

export type LocationChanges = Partial<Pick<Location, 'type' | 'capacity' | 'pickSequence' | 'active'>>;

export interface LocationQuery extends PageQueryDto {
  type?: LocationType;
  zone?: string;
  aisle?: string;
  active?: boolean;
  /** Code prefix. */
  q?: string;
  sort?: string;
}

/** Rows per INSERT: well under PostgreSQL's 65 535 bind parameters, few enough round trips for 10 000 bins. */
const INSERT_CHUNK = 1000;

@Injectable()
export class LocationService {
  constructor(
    @InjectRepository(Location) private readonly locations: Repository<Location>,
    private readonly warehouses: WarehouseService,
    private readonly transactions: Transactions,
  ) {}

  create(warehouseId: string, input: NewLocation): Promise<Location> {
    const code = input.code.toUpperCase();
    return this.transactions.run(async (manager) => {
      const warehouse = await lockWarehouseForNewLocations(manager, warehouseId);
      if ((await existingCodes(manager, warehouseId, [code])).length) throw locationsExist(warehouse.code, [code]);
      const pickSequence = input.pickSequence ?? (await lastPickSequence(manager, warehouseId)) + PICK_SEQUENCE_STEP;
      return manager.save(Location, manager.create(Location, newLocation(warehouse, code, input, pickSequence)));
    });
  }

  /**
   * Creates every bin of a range such as `A-01..05-01..10-01..04` in one transaction, numbering
   * their pick sequence in the order the range lists them. Existing codes refuse the whole range,
   * unless `skipExisting` asks for only the missing ones.
   */
  bulkCreate(warehouseId: string, range: LocationRange): Promise<LocationRangeResult> {
    const codes = expandRange(range.pattern.toUpperCase());
    return this.transactions.run(async (manager) => {
      const warehouse = await lockWarehouseForNewLocations(manager, warehouseId);
      const existing = await existingCodes(manager, warehouseId, codes);
      if (existing.length && !range.skipExisting) throw locationsExist(warehouse.code, existing);
      const taken = new Set(existing);
      const last = await lastPickSequence(manager, warehouseId);
      const rows = codes
        .filter((code) => !taken.has(code))
        .map((code, i) => newLocation(warehouse, code, range, last + (i + 1) * PICK_SEQUENCE_STEP));
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        // Generated columns are not read back: nobody uses these objects after the insert.
        await manager.createQueryBuilder().insert().into(Location).values(rows.slice(start, start + INSERT_CHUNK)).updateEntity(false).execute();
      }
      return { created: rows.length, skipped: existing.length };
    });
  }

  async list(warehouseId: string, query: LocationQuery): Promise<Page<Location>> {
    await this.warehouses.get(warehouseId);
    const qb = this.locations.createQueryBuilder('l').where('l.warehouseId = :warehouseId', { warehouseId });
    if (query.type) qb.andWhere('l.type = :type', { type: query.type });
    if (query.zone) qb.andWhere('l.zone = :zone', { zone: query.zone.toUpperCase() });
    if (query.aisle) qb.andWhere('l.aisle = :aisle', { aisle: query.aisle.toUpperCase() });
    if (query.active !== undefined) qb.andWhere('l.active = :active', { active: query.active });
    if (query.q) qb.andWhere('l.code LIKE :prefix', { prefix: `${query.q.toUpperCase().replace(/[%_\\]/g, '\\$&')}%` });
    return paginate(qb, parseSort(query.sort, { code: 'code', pickSequence: 'pickSequence' }, 'l', 'code'), query);
  }

  async get(id: string): Promise<Location> {
    const location = await this.locations.findOneBy({ id });
    if (!location) throw new NotFoundError('location', id);
    return location;
  }

  async getByBarcode(barcode: string): Promise<Location> {
    const location = await this.locations.findOneBy({ barcode: barcode.trim().toUpperCase() });
    if (!location) throw new NotFoundError('location', barcode);
    return location;
  }

  async update(id: string, changes: LocationChanges): Promise<Location> {
    const location = await this.get(id);
    Object.assign(location, changes);
    return this.locations.save(location);
  }

  deactivate(id: string): Promise<Location> {
    return this.update(id, { active: false });
  }
}

function expandRange(pattern: string): string[] {
  try {
    return expandLocationRange(pattern);
  } catch (error) {
    if (error instanceof InvalidLocationRangeError) throw invalidLocationRange(error.rule);
    throw error;
  }
}
