import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors';
import { Location, LocationType } from '../entities/location.entity';
import { Warehouse } from '../entities/warehouse.entity';
import { warehouseInactive } from '../inventory.errors';
import { locationBarcode, parseLocationAddress } from './location-code';

/** Gap between the pick sequences given to new bins, so a bin can be slotted in later without renumbering. */
export const PICK_SEQUENCE_STEP = 10;

/** What every location created in one call shares. */
export interface LocationSpec {
  type: LocationType;
  capacity?: number | null;
}

/**
 * Locks the warehouse row for the rest of the transaction. Every path that adds locations takes
 * this lock first, so existence checks and the next pick sequence cannot race with another insert.
 */
export async function lockWarehouseForNewLocations(manager: EntityManager, warehouseId: string): Promise<Warehouse> {
  const warehouse = await manager.findOne(Warehouse, { where: { id: warehouseId }, lock: { mode: 'pessimistic_write' } });
  if (!warehouse) throw new NotFoundError('warehouse', warehouseId);
  if (!warehouse.active) throw warehouseInactive(warehouse.code);
  return warehouse;
}

/** The pick sequence of the warehouse's last bin in walk order, or 0 when it has none. */
export async function lastPickSequence(manager: EntityManager, warehouseId: string): Promise<number> {
  const row = await manager
    .createQueryBuilder(Location, 'l')
    .select('MAX(l.pickSequence)', 'last')
    .where('l.warehouseId = :warehouseId', { warehouseId })
    .getRawOne<{ last: number | null }>();
  return row?.last ?? 0;
}

/** The codes among `codes` that the warehouse already has, in the order given. */
export async function existingCodes(manager: EntityManager, warehouseId: string, codes: string[]): Promise<string[]> {
  const rows = await manager
    .createQueryBuilder(Location, 'l')
    .select('l.code', 'code')
    .where('l.warehouseId = :warehouseId', { warehouseId })
    .andWhere('l.code = ANY(:codes)', { codes })
    .getRawMany<{ code: string }>();
  const taken = new Set(rows.map((r) => r.code));
  return codes.filter((code) => taken.has(code));
}

export function newLocation(warehouse: Warehouse, code: string, spec: LocationSpec, pickSequence: number): Partial<Location> {
  return {
    warehouseId: warehouse.id,
    code,
    ...parseLocationAddress(code),
    type: spec.type,
    capacity: spec.capacity ?? null,
    barcode: locationBarcode(warehouse.code, code),
    pickSequence,
    active: true,
  };
}
