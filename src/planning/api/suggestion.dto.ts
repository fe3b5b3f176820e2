import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { toBoolean } from '../../common/validation/validators';
import { PlanningSuggestion, SuggestionKind, SuggestionStatus } from '../entities/planning-suggestion.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const SUGGESTION_SORTS = ['urgency', '-urgency', 'unitsShort', '-unitsShort', 'lostUnitsAvoided', '-lostUnitsAvoided', 'sku', '-sku', 'createdAt', '-createdAt'];

export class SuggestionQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  warehouseId?: string;

  /** The supplier that would be ordered from (or whose purchase order would change). */
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ enum: SuggestionKind, enumName: 'SuggestionKind' })
  @IsOptional()
  @IsEnum(SuggestionKind)
  kind?: SuggestionKind;

  /** Default `open`. */
  @ApiPropertyOptional({ enum: SuggestionStatus, enumName: 'SuggestionStatus' })
  @IsOptional()
  @IsEnum(SuggestionStatus)
  status?: SuggestionStatus;

  /** `true`: only items whose demand is spiking. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  spike?: boolean;

  /** Default `urgency` (soonest stock-out first). */
  @ApiPropertyOptional({ enum: SUGGESTION_SORTS })
  @IsOptional()
  @IsIn(SUGGESTION_SORTS)
  sort?: string;
}

export class SuggestionDto {
  id: string;
  @ApiProperty({ enum: SuggestionKind, enumName: 'SuggestionKind' })
  kind: SuggestionKind;
  /** expedite_po only: `switch_to_air` or `pull_forward`. */
  action: string | null;
  @ApiProperty({ enum: SuggestionStatus, enumName: 'SuggestionStatus' })
  status: SuggestionStatus;
  productId: string;
  sku: string;
  warehouseId: string;
  supplierId: string | null;
  supplierProductId: string | null;
  /** `sea` or `air`. */
  transportMode: string;
  /** Units to order (or to move), after MOQ and carton rounding. */
  quantity: number;
  /** Units needed before rounding. */
  rawQuantity: number;
  /** When the units would arrive if ordered (or changed) today. */
  arrivalDate: string;
  /** First day with demand the projected stock cannot serve; null when none within 120 days. */
  stockoutDate: string | null;
  daysOfCover: number;
  /** Units projected lost within 120 days if nothing is done. */
  unitsShort: number;
  /** Lost sales this suggestion avoids. */
  lostUnitsAvoided: number;
  /** Air freight above sea freight for these units, in minor units of `freightCurrency`. */
  extraFreightMinor: number;
  freightCurrency: string;
  /** Days to the stock-out (121 without one): lower is more urgent. */
  urgency: number;
  spike: boolean;
  spikeMultiple: number | null;
  baselinePerDay: number;
  recentPerDay: number;
  purchaseOrderId: string | null;
  purchaseOrderLineId: string | null;
  purchaseOrderNumber: string | null;
  /** pull_forward: days sooner the supplier would need the goods ready. */
  pullForwardDays: number | null;
  dismissedReason: string | null;
  dismissedBy: string | null;
  dismissedAt: Date | null;
  /** Set when a dismissed suggestion came back because its figures moved materially. */
  resurfacedAt: Date | null;
  orderedPurchaseOrderId: string | null;
  orderedPurchaseOrderNumber: string | null;
  orderedBy: string | null;
  orderedAt: Date | null;
  computedAt: Date;
}

export function toSuggestionDto(s: PlanningSuggestion): SuggestionDto {
  return {
    id: s.id, kind: s.kind, action: s.action, status: s.status, productId: s.productId, sku: s.sku, warehouseId: s.warehouseId, supplierId: s.supplierId,
    supplierProductId: s.supplierProductId, transportMode: s.transportMode, quantity: s.quantity, rawQuantity: s.rawQuantity, arrivalDate: s.arrivalDate,
    stockoutDate: s.stockoutDate, daysOfCover: s.daysOfCover, unitsShort: s.unitsShort, lostUnitsAvoided: s.lostUnitsAvoided,
    extraFreightMinor: s.extraFreightMinor, freightCurrency: s.freightCurrency, urgency: s.urgency, spike: s.spike, spikeMultiple: s.spikeMultiple,
    baselinePerDay: s.baselinePerDay, recentPerDay: s.recentPerDay, purchaseOrderId: s.purchaseOrderId, purchaseOrderLineId: s.purchaseOrderLineId,
    purchaseOrderNumber: s.purchaseOrderNumber, pullForwardDays: s.pullForwardDays, dismissedReason: s.dismissedReason, dismissedBy: s.dismissedBy,
    dismissedAt: s.dismissedAt, resurfacedAt: s.resurfacedAt, orderedPurchaseOrderId: s.orderedPurchaseOrderId,
    orderedPurchaseOrderNumber: s.orderedPurchaseOrderNumber, orderedBy: s.orderedBy, orderedAt: s.orderedAt, computedAt: s.computedAt,
  };
}

export class SuggestionPageDto extends PageOf(SuggestionDto) {}

export class DismissSuggestionDto {
  /**
   * Why it is not acted on; shown to the next planner.
   * @example Marketing stops the campaign on Friday; the spike will not last.
   */
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

export class OrderSuggestionsDto {
  /** Open reorder and expedite_air suggestions; one draft is created per supplier, warehouse, mode and currency. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  suggestionIds: string[];
}

export class OrderedPurchaseOrderDto {
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  supplierId: string;
  warehouseId: string;
  transportMode: string;
  suggestionIds: string[];
}

export class OrderSuggestionsResultDto {
  @ApiProperty({ type: [OrderedPurchaseOrderDto] })
  purchaseOrders: OrderedPurchaseOrderDto[];
}
