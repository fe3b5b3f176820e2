import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationFailedError } from '../../common/errors';
import { LocationType } from '../entities/location.entity';

/** Location types whose stock can be sold: the rest is arriving, in quarantine or already packed. */
export const SELLABLE_TYPES = [LocationType.Storage, LocationType.PickFace];

export interface WarehouseAvailability {
  warehouseId: string;
  warehouseCode: string;
  onHand: number;
  reserved: number;
  /** Free to promise: on_hand − reserved in storage and pick-face bins not frozen by an open count. */
  available: number;
}

export interface BalanceView {
  id: string;
  productId: string;
  sku: string;
  warehouseId: string;
  warehouseCode: string;
  locationId: string;
  locationCode: string;
  locationType: LocationType;
  lotId: string | null;
  lotCode: string | null;
  expiryDate: string | null;
  onHand: number;
  reserved: number;
  available: number;
}

export interface BalanceFilter {
  productId?: string;
  warehouseId?: string;
  locationId?: string;
  lotId?: string;
  /** Only rows with stock on hand (default true). */
  nonZero?: boolean;
  limit?: number;
  cursor?: string;
}

const FROZEN = `EXISTS (SELECT 1 FROM cycle_count_location f JOIN cycle_count c ON c.id = f.cycle_count_id
                         WHERE f.location_id = b.location_id AND c.status IN ('open', 'counted'))`;

/** Reads of stock, answered from the balances (never by summing the ledger). */
@Injectable()
export class StockQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass `manager` to read inside a transaction (and see its own uncommitted changes). */
  async availability(productId: string, warehouseId?: string, manager: EntityManager = this.dataSource.manager): Promise<WarehouseAvailability[]> {
    const rows: Record<string, string>[] = await manager.query(
      `SELECT b.warehouse_id, w.code, sum(b.on_hand)::int AS on_hand, sum(b.reserved)::int AS reserved,
              COALESCE(sum(b.on_hand - b.reserved) FILTER (WHERE l.type = ANY($3) AND NOT ${FROZEN}), 0)::int AS available
         FROM stock_balance b
         JOIN location l ON l.id = b.location_id
         JOIN warehouse w ON w.id = b.warehouse_id
        WHERE b.product_id = $1 AND ($2::uuid IS NULL OR b.warehouse_id = $2)
        GROUP BY b.warehouse_id, w.code ORDER BY w.code`,
      [productId, warehouseId ?? null, SELLABLE_TYPES],
    );
    return rows.map((r) => ({ warehouseId: r.warehouse_id, warehouseCode: r.code, onHand: Number(r.on_hand), reserved: Number(r.reserved), available: Number(r.available) }));
  }

  /** Balance rows with their location, lot and SKU, in id order (keyset cursor = last id). */
  async balances(filter: BalanceFilter): Promise<{ items: BalanceView[]; nextCursor: string | null }> {
    const limit = filter.limit ?? 50;
    if (filter.cursor && !/^\d{1,18}$/.test(filter.cursor)) {
      throw new ValidationFailedError([{ field: 'cursor', message: 'cursor is not a cursor returned by this list' }]);
    }
    const rows: Record<string, string | number | null>[] = await this.dataSource.query(
      `SELECT b.id, b.product_id, p.sku, b.warehouse_id, w.code AS warehouse_code, b.location_id, l.code AS location_code,
              l.type AS location_type, b.lot_id, lot.code AS lot_code, to_char(lot.expiry_date, 'YYYY-MM-DD') AS expiry_date,
              b.on_hand, b.reserved
         FROM stock_balance b
         JOIN location l ON l.id = b.location_id
         JOIN warehouse w ON w.id = b.warehouse_id
         JOIN product p ON p.id = b.product_id
         LEFT JOIN lot ON lot.id = b.lot_id
        WHERE ($1::uuid IS NULL OR b.product_id = $1) AND ($2::uuid IS NULL OR b.warehouse_id = $2)
          AND ($3::uuid IS NULL OR b.location_id = $3) AND ($4::uuid IS NULL OR b.lot_id = $4)
          AND (NOT $5 OR b.on_hand > 0) AND ($6::bigint IS NULL OR b.id > $6)
        ORDER BY b.id LIMIT $7`,
      [filter.productId ?? null, filter.warehouseId ?? null, filter.locationId ?? null, filter.lotId ?? null, filter.nonZero ?? true, filter.cursor ?? null, limit + 1],
    );
    const items = rows.slice(0, limit).map(
      (r): BalanceView => ({
        id: String(r.id), productId: String(r.product_id), sku: String(r.sku), warehouseId: String(r.warehouse_id), warehouseCode: String(r.warehouse_code),
        locationId: String(r.location_id), locationCode: String(r.location_code), locationType: r.location_type as LocationType,
        lotId: r.lot_id === null ? null : String(r.lot_id), lotCode: r.lot_code === null ? null : String(r.lot_code),
        expiryDate: r.expiry_date === null ? null : String(r.expiry_date),
        onHand: Number(r.on_hand), reserved: Number(r.reserved), available: Number(r.on_hand) - Number(r.reserved),
      }),
    );
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }

  /**
   * Where to take a product from, best first: pick faces before storage, then first-expiring lot
   * first (FEFO; rows without expiry last). Only rows with free stock.
   */
  async pickCandidates(productId: string, warehouseId: string): Promise<BalanceView[]> {
    const rows = await this.balances({ productId, warehouseId, limit: 1000 });
    const typeRank = (t: LocationType) => (t === LocationType.PickFace ? 0 : 1);
    return rows.items
      .filter((r) => SELLABLE_TYPES.includes(r.locationType) && r.available > 0)
      .sort((a, b) => typeRank(a.locationType) - typeRank(b.locationType) || (a.expiryDate ?? '9999').localeCompare(b.expiryDate ?? '9999'));
  }
}
