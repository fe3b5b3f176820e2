import { LandedCost } from './landed-cost.service';
import { ShipmentCostDto, toShipmentCostDto } from './shipment-cost.dto';

export class CostShareDto {
  costId: string;
  type: string;
  amountMinor: number;
}

export class LandedCostLineDto {
  /** Receipt line id once received, shipment line id before. */
  lineId: string;
  productId: string;
  sku: string;
  quantity: number;
  /** Supplier price × quantity in the base currency: the customs value. */
  valueMinor: number;
  shares: CostShareDto[];
  /** Value plus every share. */
  landedTotalMinor: number;
  /** landedTotalMinor / quantity, half up. */
  landedUnitCostMinor: number;
}

export class AllocatedCostDto extends ShipmentCostDto {
  /** The amount in the base currency that was allocated (for duty by HS without an amount: rates × customs values). */
  baseAmountMinor: number;
}

export class LandedCostDto {
  shipmentId: string;
  baseCurrency: string;
  /** Exchange rates used are the latest on or before this date (the day of receipt; today before that). */
  rateDate: string;
  /** False while the goods are not received: shipped quantities are costed instead. */
  received: boolean;
  costs: AllocatedCostDto[];
  lines: LandedCostLineDto[];
  totalValueMinor: number;
  totalCostsMinor: number;
  totalLandedMinor: number;
}

export function toLandedCostDto(shipmentId: string, landed: LandedCost): LandedCostDto {
  const types = new Map(landed.costs.map(({ cost }) => [cost.id, cost.type]));
  const sum = (values: bigint[]) => Number(values.reduce((a, b) => a + b, 0n));
  return {
    shipmentId, baseCurrency: landed.baseCurrency, rateDate: landed.rateDate, received: landed.received,
    costs: landed.costs.map(({ cost, baseAmountMinor }) => ({ ...toShipmentCostDto(cost), baseAmountMinor: Number(baseAmountMinor) })),
    lines: landed.lines.map((l) => ({
      lineId: l.key, productId: l.productId, sku: l.sku, quantity: l.quantity, valueMinor: Number(l.valueMinor),
      shares: [...l.shares].map(([costId, amount]) => ({ costId, type: types.get(costId)!, amountMinor: Number(amount) })),
      landedTotalMinor: Number(l.totalMinor), landedUnitCostMinor: Number(l.unitCostMinor),
    })),
    totalValueMinor: sum(landed.lines.map((l) => l.valueMinor)),
    totalCostsMinor: sum(landed.costs.map((c) => c.baseAmountMinor)),
    totalLandedMinor: sum(landed.lines.map((l) => l.totalMinor)),
  };
}
