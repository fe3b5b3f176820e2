import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { EffectivePolicyDto } from './policy.dto';

export class ProjectionQueryDto {
  @IsUUID()
  warehouseId: string;
}

export class ArrivalDto {
  date: string;
  quantity: number;
  /** receiving (waiting for put-away), in_transit (inbound shipment), purchase_order, draft. */
  source: string;
  mode: string | null;
  /** Shipment or purchase-order number. */
  reference: string | null;
}

export class ProjectedDayDto {
  date: string;
  /** Forecast units (one decimal). */
  demand: number;
  arrivals: number;
  /** End-of-day stock; negative while backorders are owed. */
  stock: number;
  /** Forecast units that cannot be served that day. */
  short: number;
}

export class ComputedSuggestionDto {
  kind: string;
  action: string | null;
  transportMode: string;
  supplierId: string | null;
  quantity: number;
  rawQuantity: number;
  arrivalDate: string;
  lostUnitsAvoided: number;
  extraFreightMinor: number;
  purchaseOrderNumber: string | null;
  pullForwardDays: number | null;
}

export class ProjectionDto {
  productId: string;
  sku: string;
  warehouseId: string;
  /** The UTC day the projection starts from. */
  asOf: string;
  @ApiProperty({ type: EffectivePolicyDto })
  policy: EffectivePolicyDto;
  supplierId: string | null;
  baselinePerDay: number;
  recentPerDay: number;
  spike: boolean;
  spikeMultiple: number | null;
  spikeStartDate: string | null;
  /** Sellable on hand less reserved. */
  available: number;
  /** Ordered and not allocated. */
  backordered: number;
  /** Received, not put away yet. */
  receiving: number;
  stockoutDate: string | null;
  daysOfCover: number;
  unitsShort: number;
  productionLeadDays: number;
  /** When a sea order placed today would arrive. */
  seaArrivalDate: string;
  airArrivalDate: string;
  @ApiProperty({ type: [ArrivalDto] })
  arrivals: ArrivalDto[];
  /** 120 days from tomorrow. */
  @ApiProperty({ type: [ProjectedDayDto] })
  days: ProjectedDayDto[];
  /** What a recompute would suggest right now. */
  @ApiProperty({ type: [ComputedSuggestionDto] })
  suggestions: ComputedSuggestionDto[];
}
