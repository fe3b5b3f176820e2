import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { StockQueryService, WarehouseService } from '../../inventory';
import { PurchaseOrders } from '../common/purchase-orders.gateway';
import { ProductCost } from '../entities/product-cost.entity';
import { averageInMinor, valueAt } from './average-cost';

export interface ValuationLine {
  productId: string;
  sku: string;
  onHand: number;
  /** Null when the product was never received through inbound, so it has no cost yet. */
  averageCostMinor: number | null;
  valueMinor: number | null;
}

export interface WarehouseValuation {
  warehouseId: string;
  warehouseCode: string;
  totalValueMinor: number;
  /** Products with stock but no cost: left out of the total, listed with a null value. */
  uncostedProducts: number;
  lines: ValuationLine[];
}

export interface ValuationReport {
  currency: string;
  asOf: Date;
  warehouses: WarehouseValuation[];
  totalValueMinor: number;
}

/** Stock valuation as of now: on hand (from inventory's balances) × weighted average cost, per warehouse. */
@Injectable()
export class ValuationService {
  constructor(
    @InjectRepository(ProductCost) private readonly costs: Repository<ProductCost>,
    private readonly stock: StockQueryService,
    private readonly warehouses: WarehouseService,
    private readonly orders: PurchaseOrders,
  ) {}

  async report(warehouseId?: string): Promise<ValuationReport> {
    if (warehouseId) await this.warehouses.get(warehouseId);
    const asOf = new Date();
    const onHand = await this.onHand(warehouseId);
    const costs = new Map((await this.costs.findBy(warehouseId ? { warehouseId } : {})).map((c) => [`${c.warehouseId}|${c.productId}`, c.averageCostMicros]));
    const warehouses = new Map<string, WarehouseValuation & { total: bigint }>();
    for (const row of [...onHand.values()].sort((a, b) => a.warehouseCode.localeCompare(b.warehouseCode) || a.sku.localeCompare(b.sku))) {
      const w = warehouses.get(row.warehouseId) ?? { warehouseId: row.warehouseId, warehouseCode: row.warehouseCode, totalValueMinor: 0, uncostedProducts: 0, lines: [], total: 0n };
      warehouses.set(row.warehouseId, w);
      const average = costs.get(`${row.warehouseId}|${row.productId}`);
      const value = average === undefined ? null : valueAt(row.onHand, average);
      if (value === null) w.uncostedProducts++;
      else w.total += value;
      w.lines.push({ productId: row.productId, sku: row.sku, onHand: row.onHand, averageCostMinor: average === undefined ? null : Number(averageInMinor(average)), valueMinor: value === null ? null : Number(value) });
    }
    const result = [...warehouses.values()].map(({ total, ...w }) => ({ ...w, totalValueMinor: Number(total) }));
    return { currency: this.orders.baseCurrency, asOf, warehouses: result, totalValueMinor: result.reduce((sum, w) => sum + w.totalValueMinor, 0) };
  }

  /** On hand per warehouse and product across every location (dock, storage, quarantine alike). */
  private async onHand(warehouseId?: string) {
    const totals = new Map<string, { warehouseId: string; warehouseCode: string; productId: string; sku: string; onHand: number }>();
    let cursor: string | undefined;
    do {
      const page = await this.stock.balances({ warehouseId, limit: 1000, cursor });
      for (const b of page.items) {
        const key = `${b.warehouseId}|${b.productId}`;
        const t = totals.get(key) ?? { warehouseId: b.warehouseId, warehouseCode: b.warehouseCode, productId: b.productId, sku: b.sku, onHand: 0 };
        t.onHand += b.onHand;
        totals.set(key, t);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return totals;
  }
}
