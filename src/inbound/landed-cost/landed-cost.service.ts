import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ProductService } from '../../catalog';
import { PurchaseOrders } from '../common/purchase-orders.gateway';
import { ReceiptLine } from '../entities/receipt-line.entity';
import { Receipt } from '../entities/receipt.entity';
import { ShipmentCost } from '../entities/shipment-cost.entity';
import { allocationImpossible } from '../inbound.errors';
import { ReceiptStatus } from '../receiving/receipt.lifecycle';
import { ShipmentService } from '../shipments/shipment.service';
import { AllocationBasisError, allocateLandedCost, CostedLine, LineLandedCost } from './landed-cost.calculator';

/** A line to cost: received units (or shipped ones, before receipt) at the supplier's price. */
export interface LineToCost {
  key: string;
  productId: string;
  sku: string;
  quantity: number;
  unitPriceMinor: number;
  currency: string;
}

export interface CostInBase {
  cost: ShipmentCost;
  /** The amount allocated, in the base currency. */
  baseAmountMinor: bigint;
}

export interface LandedCost {
  baseCurrency: string;
  /** Date of the exchange rates used: the day the goods were received (today before that). */
  rateDate: string;
  /** True once a closed receipt says what arrived; before that, shipped quantities are costed. */
  received: boolean;
  lines: (LineLandedCost & { productId: string; sku: string })[];
  costs: CostInBase[];
}

const utcDate = (d: Date) => d.toISOString().slice(0, 10);

/** Landed cost of a shipment's lines: supplier price in the base currency plus a share of every cost. */
@Injectable()
export class LandedCostService {
  constructor(
    @InjectRepository(ShipmentCost) private readonly costs: Repository<ShipmentCost>,
    private readonly orders: PurchaseOrders,
    private readonly products: ProductService,
    private readonly shipments: ShipmentService,
  ) {}

  /** For the API: over the closed receipt's lines once received, else over the shipped lines. */
  async ofShipment(shipmentId: string): Promise<LandedCost> {
    await this.shipments.get(shipmentId);
    const manager = this.costs.manager;
    const receipt = await manager.findOne(Receipt, { where: { shipmentId, status: ReceiptStatus.Closed }, order: { closedAt: 'DESC' } });
    if (receipt) return this.allocate(manager, shipmentId, await this.receivedLines(manager, receipt.id), receipt.closedAt!);
    const lines = (await this.shipments.linesOf(shipmentId)).map((l) => ({ key: l.id, productId: l.productId, sku: l.sku, quantity: l.quantityShipped, unitPriceMinor: l.unitPriceMinor, currency: l.currency }));
    return { ...(await this.allocate(manager, shipmentId, lines, new Date())), received: false };
  }

  /** Lines of a closed receipt that brought known products in. */
  async receivedLines(manager: EntityManager, receiptId: string): Promise<LineToCost[]> {
    const lines = await manager.find(ReceiptLine, { where: { receiptId }, order: { lineNo: 'ASC' } });
    return toCost(lines, this.orders.baseCurrency);
  }

  /**
   * Allocates the shipment's costs (none for a blind receipt) over `lines`, converting prices and
   * costs to the base currency at the rates of `at`. Runs in the caller's transaction when given one.
   */
  async allocate(manager: EntityManager, shipmentId: string | null, lines: LineToCost[], at: Date): Promise<LandedCost> {
    const rateDate = utcDate(at);
    const costs = shipmentId ? await manager.find(ShipmentCost, { where: { shipmentId }, order: { createdAt: 'ASC' } }) : [];
    const costed: CostedLine[] = [];
    for (const line of lines) {
      const product = await this.products.get(line.productId);
      const quantity = BigInt(line.quantity);
      costed.push({
        key: line.key, quantity: line.quantity, hsCode: product.hsCode,
        valueMinor: BigInt(await this.orders.toBase(Number(quantity * BigInt(line.unitPriceMinor)), line.currency, rateDate, manager)),
        weightG: BigInt(product.netWeightG) * quantity,
        volumeMm3: BigInt(product.lengthMm) * BigInt(product.widthMm) * BigInt(product.heightMm) * quantity,
      });
    }
    const inBase = await Promise.all(
      costs.map(async (cost) => ({ cost, base: cost.amountMinor === null ? null : BigInt(await this.orders.toBase(cost.amountMinor, cost.currency, rateDate, manager)) })),
    );
    try {
      const result = allocateLandedCost(costed, inBase.map(({ cost, base }) => ({ id: cost.id, method: cost.method, amountMinor: base, hsRates: cost.hsRates })));
      return {
        baseCurrency: this.orders.baseCurrency, rateDate, received: true,
        lines: result.lines.map((l, i) => ({ ...l, productId: lines[i].productId, sku: lines[i].sku })),
        costs: inBase.map(({ cost }) => ({ cost, baseAmountMinor: result.amounts.get(cost.id)! })),
      };
    } catch (error) {
      if (error instanceof AllocationBasisError) throw allocationImpossible(error.costId, error.message);
      throw error;
    }
  }
}

/** Goods nobody ordered have no supplier price: they are costed at 0 and still carry their share of freight. */
export function toCost(lines: ReceiptLine[], baseCurrency: string): LineToCost[] {
  return lines
    .filter((l) => l.productId && l.receivedQuantity > 0)
    .map((l) => ({
      key: l.id, productId: l.productId!, sku: l.sku!, quantity: l.receivedQuantity, unitPriceMinor: l.unitPriceMinor ?? 0, currency: l.currency ?? baseCurrency,
    }));
}
