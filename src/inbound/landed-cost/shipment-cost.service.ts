import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { Actor, actorLabel } from '../../identity';
import { PurchaseOrders } from '../common/purchase-orders.gateway';
import { ShipmentCost } from '../entities/shipment-cost.entity';
import { shipmentCostNotFound } from '../inbound.errors';
import { ShipmentStatus } from '../shipments/shipment.lifecycle';
import { ShipmentService } from '../shipments/shipment.service';
import { ProductCostService } from '../valuation/product-cost.service';
import { checkCostShape } from './cost-rules';
import { CostStatus } from './cost-types';
import { CreateShipmentCostDto, UpdateShipmentCostDto } from './shipment-cost.dto';
import { LandedCostService } from './landed-cost.service';

/**
 * Costs attached to a shipment. Every change is checked by allocating it right away (a cost no
 * line can carry is refused) and, once the goods are received, re-values the receipt and moves the
 * average costs in the same transaction.
 */
@Injectable()
export class ShipmentCostService {
  constructor(
    private readonly transactions: Transactions,
    private readonly shipments: ShipmentService,
    private readonly orders: PurchaseOrders,
    private readonly landed: LandedCostService,
    private readonly productCosts: ProductCostService,
  ) {}

  add(shipmentId: string, input: CreateShipmentCostDto, actor: Actor): Promise<ShipmentCost> {
    return this.change(shipmentId, async (manager) => {
      const cost = manager.create(ShipmentCost, {
        shipmentId, type: input.type, method: input.method, amountMinor: input.amountMinor ?? null,
        currency: input.currency ?? this.orders.baseCurrency, hsRates: input.hsRates ?? null, status: input.status ?? CostStatus.Estimated,
        description: input.description ?? null, updatedBy: actorLabel(actor),
      });
      checkCostShape(cost);
      return manager.save(cost);
    });
  }

  /** The true-up: the invoice's figures replace the estimate; the cost becomes `actual` unless told otherwise. */
  update(shipmentId: string, costId: string, input: UpdateShipmentCostDto, actor: Actor): Promise<ShipmentCost> {
    return this.change(shipmentId, async (manager) => {
      const cost = await this.lockCost(manager, shipmentId, costId);
      Object.assign(cost, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
      cost.status = input.status ?? CostStatus.Actual;
      cost.updatedBy = actorLabel(actor);
      checkCostShape(cost);
      return manager.save(cost);
    });
  }

  remove(shipmentId: string, costId: string): Promise<ShipmentCost> {
    return this.change(shipmentId, async (manager) => {
      const cost = await this.lockCost(manager, shipmentId, costId);
      await manager.remove(cost);
      return { ...cost, id: costId };
    });
  }

  private change(shipmentId: string, work: (manager: EntityManager) => Promise<ShipmentCost>): Promise<ShipmentCost> {
    return this.transactions.run(async (manager) => {
      const shipment = await this.shipments.lock(manager, shipmentId);
      const cost = await work(manager);
      if (shipment.status === ShipmentStatus.Received) {
        await this.productCosts.trueUp(manager, shipmentId);
      } else {
        // Not received yet: allocating over the shipped lines refuses a cost no line could carry.
        const lines = (await this.shipments.linesOf(shipmentId, manager)).map((l) => ({
          key: l.id, productId: l.productId, sku: l.sku, quantity: l.quantityShipped, unitPriceMinor: l.unitPriceMinor, currency: l.currency,
        }));
        await this.landed.allocate(manager, shipmentId, lines, new Date());
      }
      return cost;
    });
  }

  private async lockCost(manager: EntityManager, shipmentId: string, costId: string): Promise<ShipmentCost> {
    const cost = await manager.findOne(ShipmentCost, { where: { id: costId, shipmentId }, lock: { mode: 'pessimistic_write' } });
    if (!cost) throw shipmentCostNotFound(costId);
    return cost;
  }
}
