import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StockQueryService } from '../../inventory';
import { PurchaseOrders } from '../common/purchase-orders.gateway';
import { ProductCost } from '../entities/product-cost.entity';
import { ReceiptLine } from '../entities/receipt-line.entity';
import { Receipt } from '../entities/receipt.entity';
import { LandedCostService, toCost } from '../landed-cost/landed-cost.service';
import { ReceiptStatus } from '../receiving/receipt.lifecycle';
import { averageAfterReceipt, averageAfterTrueUp } from './average-cost';

/**
 * Keeps the moving weighted average cost per product and warehouse: raised or lowered by each
 * receipt at its landed value, and adjusted when a shipment's costs are trued up afterwards.
 */
@Injectable()
export class ProductCostService {
  constructor(
    private readonly stock: StockQueryService,
    private readonly orders: PurchaseOrders,
    private readonly landed: LandedCostService,
  ) {}

  /**
   * At receipt close, inside its transaction: values the received lines (supplier price plus the
   * shipment's costs known now, estimated or actual) and folds them into the averages. The stock
   * on hand is read as committed, i.e. before this receipt's own movements.
   */
  async bookReceipt(manager: EntityManager, receipt: Receipt, lines: ReceiptLine[]): Promise<void> {
    const landed = await this.landed.allocate(manager, receipt.shipmentId, toCost(lines, this.orders.baseCurrency), receipt.closedAt!);
    const byProduct = new Map<string, { quantity: number; value: bigint }>();
    for (const line of landed.lines) {
      lines.find((l) => l.id === line.key)!.landedValueMinor = Number(line.totalMinor);
      const sum = byProduct.get(line.productId) ?? { quantity: 0, value: 0n };
      byProduct.set(line.productId, { quantity: sum.quantity + line.quantity, value: sum.value + line.totalMinor });
    }
    for (const [productId, received] of [...byProduct].sort(([a], [b]) => a.localeCompare(b))) {
      const { row, isNew } = await this.lockCost(manager, receipt.warehouseId, productId);
      // Stock that was on hand before costing began has no known cost: the first receipt sets the average.
      const onHand = isNew ? 0 : await this.onHand(productId, receipt.warehouseId);
      row.averageCostMicros = averageAfterReceipt(onHand, row.averageCostMicros, received.quantity, received.value);
      await manager.save(row);
    }
  }

  /**
   * After a shipment's costs changed: re-values its closed receipt and moves the difference into
   * the average of the stock on hand now (see averageAfterTrueUp and docs/inbound.md).
   */
  async trueUp(manager: EntityManager, shipmentId: string): Promise<void> {
    const receipt = await manager.findOne(Receipt, { where: { shipmentId, status: ReceiptStatus.Closed }, order: { closedAt: 'DESC' } });
    if (!receipt) return;
    const lines = await manager.find(ReceiptLine, { where: { receiptId: receipt.id } });
    const landed = await this.landed.allocate(manager, shipmentId, toCost(lines, this.orders.baseCurrency), receipt.closedAt!);
    const change = new Map<string, bigint>();
    for (const line of landed.lines) {
      const booked = lines.find((l) => l.id === line.key)!;
      change.set(line.productId, (change.get(line.productId) ?? 0n) + line.totalMinor - BigInt(booked.landedValueMinor ?? 0));
      await manager.update(ReceiptLine, booked.id, { landedValueMinor: Number(line.totalMinor) });
    }
    for (const [productId, delta] of [...change].sort(([a], [b]) => a.localeCompare(b))) {
      if (delta === 0n) continue;
      const { row } = await this.lockCost(manager, receipt.warehouseId, productId);
      row.averageCostMicros = averageAfterTrueUp(await this.onHand(productId, receipt.warehouseId), row.averageCostMicros, delta);
      await manager.save(row);
    }
  }

  /** The cost row locked for this transaction (created at 0 when the product has none yet). */
  private async lockCost(manager: EntityManager, warehouseId: string, productId: string): Promise<{ row: ProductCost; isNew: boolean }> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ProductCost)
      .values({ warehouseId, productId, averageCostMicros: 0n, currency: this.orders.baseCurrency })
      .orIgnore()
      .returning(['productId'])
      .execute();
    const row = await manager.findOneOrFail(ProductCost, { where: { warehouseId, productId }, lock: { mode: 'pessimistic_write' } });
    return { row, isNew: inserted.raw.length > 0 };
  }

  private async onHand(productId: string, warehouseId: string): Promise<number> {
    return (await this.stock.availability(productId, warehouseId)).reduce((sum, w) => sum + w.onHand, 0);
  }
}
