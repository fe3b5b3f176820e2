import { IsOptional, IsUUID } from 'class-validator';

export class ValuationQueryDto {
  /** One warehouse; default all. */
  @IsOptional()
  @IsUUID()
  warehouseId?: string;
}

export class ValuationLineDto {
  productId: string;
  sku: string;
  onHand: number;
  /** Weighted average cost per unit in minor units of the base currency; null when the product has no cost yet. */
  averageCostMinor: number | null;
  /** onHand × averageCostMinor. */
  valueMinor: number | null;
}

export class WarehouseValuationDto {
  warehouseId: string;
  warehouseCode: string;
  totalValueMinor: number;
  uncostedProducts: number;
  lines: ValuationLineDto[];
}

export class ValuationReportDto {
  /** The base currency every value is in. */
  currency: string;
  asOf: Date;
  warehouses: WarehouseValuationDto[];
  totalValueMinor: number;
}
