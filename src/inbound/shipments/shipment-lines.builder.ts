import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UnprocessableError, ValidationFailedError } from '../../common/errors';
import { Environment } from '../../config/environment';
import { lockPurchaseOrderLine } from '../common/advisory-lock';
import { OrderLineFacts, PurchaseOrders, SHIPPABLE_ORDER_STATUSES } from '../common/purchase-orders.gateway';
import { InboundShipmentLine } from '../entities/inbound-shipment-line.entity';
import { overShipment, purchaseOrderNotShippable, wrongWarehouse } from '../inbound.errors';
import { ShipmentStatus } from './shipment.lifecycle';

export interface ShipmentLineInput {
  purchaseOrderLineId: string;
  quantity: number;
}

/** Turns requested purchase-order lines into shipment lines, refusing more than the order still has open. */
@Injectable()
export class ShipmentLinesBuilder {
  constructor(
    private readonly orders: PurchaseOrders,
    private readonly env: Environment,
  ) {}

  /**
   * Runs inside the shipment's transaction: the PO lines are locked first, so two shipments
   * created at once for one line cannot both take its last open units.
   */
  async build(manager: EntityManager, warehouseId: string, input: ShipmentLineInput[]): Promise<Partial<InboundShipmentLine>[]> {
    const ids = input.map((l) => l.purchaseOrderLineId);
    const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (duplicate >= 0) throw new ValidationFailedError([{ field: `lines[${duplicate}].purchaseOrderLineId`, message: 'each purchase-order line may appear once' }]);
    for (const id of [...ids].sort()) await lockPurchaseOrderLine(manager, id);
    const facts = new Map((await this.orders.lines(ids)).map((f) => [f.lineId, f]));
    const inFlight = await this.inFlight(manager, ids);
    const tolerance = this.env.INBOUND_OVER_SHIPMENT_PERCENT;
    return input.map((line, i) => {
      const field = `lines[${i}]`;
      const fact = facts.get(line.purchaseOrderLineId);
      if (!fact) {
        throw new UnprocessableError('PURCHASE_ORDER_LINE_NOT_FOUND', `No purchase-order line ${line.purchaseOrderLineId}.`, [
          { field: `${field}.purchaseOrderLineId`, message: 'purchaseOrderLineId names no purchase-order line' },
        ]);
      }
      this.checkOrder(fact, field, warehouseId);
      const shippable = Math.max(0, Math.floor((fact.open * (100 + tolerance)) / 100) - (inFlight.get(fact.lineId) ?? 0));
      if (line.quantity > shippable) throw overShipment(`${field}.quantity`, fact.sku, shippable, line.quantity, tolerance);
      return {
        lineNo: i + 1, purchaseOrderId: fact.purchaseOrderId, purchaseOrderNumber: fact.purchaseOrderNumber, purchaseOrderLineId: fact.lineId,
        productId: fact.productId, sku: fact.sku, quantityShipped: line.quantity, unitPriceMinor: fact.unitPriceMinor, currency: fact.currency,
      };
    });
  }

  private checkOrder(fact: OrderLineFacts, field: string, warehouseId: string): void {
    if (!SHIPPABLE_ORDER_STATUSES.includes(fact.status)) throw purchaseOrderNotShippable(`${field}.purchaseOrderLineId`, fact.purchaseOrderNumber, fact.status);
    if (fact.warehouseId !== warehouseId) throw wrongWarehouse(`${field}.purchaseOrderLineId`, fact.purchaseOrderNumber);
  }

  /** Units of each PO line already on shipments that have not been received (nor cancelled). */
  private async inFlight(manager: EntityManager, lineIds: string[]): Promise<Map<string, number>> {
    const rows: { id: string; units: number }[] = await manager.query(
      `SELECT l.purchase_order_line_id AS id, sum(l.quantity_shipped)::int AS units
         FROM inbound_shipment_line l JOIN inbound_shipment s ON s.id = l.shipment_id
        WHERE l.purchase_order_line_id = ANY($1::uuid[]) AND s.status NOT IN ($2, $3)
        GROUP BY l.purchase_order_line_id`,
      [lineIds, ShipmentStatus.Received, ShipmentStatus.Cancelled],
    );
    return new Map(rows.map((r) => [r.id, Number(r.units)]));
  }
}
