import { Transform } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PlanningPolicy } from '../engine/policy';
import { PlanningPolicyRecord } from '../entities/planning-policy.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Category names as planners type them: letters, digits, spaces, `-`, `_`, `/`, `&`. */
const CATEGORY = /^[\p{L}\p{N}][\p{L}\p{N} _&/-]*$/u;

/** The settings; each may be null (or left out) to inherit from the next less specific scope. */
export class PolicySettingsDto {
  /** @example 14 */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  safetyStockDays?: number | null;

  /** @example 60 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  targetCoverDays?: number | null;

  /** @example 7 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  reviewPeriodDays?: number | null;

  /** Overrides the supplier's production lead time. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  productionLeadDays?: number | null;

  /** Door to door by sea on this lane (the warehouse scope is the lane). @example 35 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(180)
  seaTransitDays?: number | null;

  /** @example 7 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  airTransitDays?: number | null;

  /** Minor units of the base currency per kg gross. @example 150 */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  seaFreightPerKgMinor?: number | null;

  /** @example 650 */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  airFreightPerKgMinor?: number | null;

  /** Order from this supplier instead of the product's preferred one (when it sells the product). */
  @IsOptional()
  @IsUUID()
  preferredSupplierId?: string | null;

  /** @example 10 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  spikeHalfLifeDays?: number | null;

  /** Recent ÷ baseline from which demand counts as a spike. @example 3 */
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1.1)
  @Max(1000)
  spikeThreshold?: number | null;

  /** @example 15 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  spikeMinUnits?: number | null;
}

/** A policy's scope and settings. Scope fields left out mean "every": no productId, category nor warehouseId is the global policy. */
export class PutPolicyDto extends PolicySettingsDto {
  @IsOptional()
  @IsUUID()
  productId?: string | null;

  /** A planning category (see PUT /planning/product-categories/:productId); not together with productId. @example apparel */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  @Matches(CATEGORY, { message: 'category must be letters, digits, spaces, -, _, / or &' })
  category?: string | null;

  @IsOptional()
  @IsUUID()
  warehouseId?: string | null;
}

export class PolicyDto extends PolicySettingsDto {
  id: string;
  productId: string | null;
  category: string | null;
  warehouseId: string | null;
  updatedBy: string;
  updatedAt: Date;
}

export function toPolicyDto(r: PlanningPolicyRecord): PolicyDto {
  return {
    id: r.id, productId: r.productId, category: r.category, warehouseId: r.warehouseId, safetyStockDays: r.safetyStockDays, targetCoverDays: r.targetCoverDays,
    reviewPeriodDays: r.reviewPeriodDays, productionLeadDays: r.productionLeadDays, seaTransitDays: r.seaTransitDays, airTransitDays: r.airTransitDays,
    seaFreightPerKgMinor: r.seaFreightPerKgMinor, airFreightPerKgMinor: r.airFreightPerKgMinor, preferredSupplierId: r.preferredSupplierId,
    spikeHalfLifeDays: r.spikeHalfLifeDays, spikeThreshold: r.spikeThreshold, spikeMinUnits: r.spikeMinUnits, updatedBy: r.updatedBy, updatedAt: r.updatedAt,
  };
}

export class EffectivePolicyQueryDto {
  @IsUUID()
  productId: string;

  @IsUUID()
  warehouseId: string;
}

/** Settings after resolution (product × warehouse → product → category × warehouse → category → warehouse → global → built-in). */
export class EffectivePolicyDto implements PlanningPolicy {
  safetyStockDays: number;
  targetCoverDays: number;
  reviewPeriodDays: number;
  /** Null: the supplier's lead time applies. */
  productionLeadDays: number | null;
  seaTransitDays: number;
  airTransitDays: number;
  seaFreightPerKgMinor: number;
  airFreightPerKgMinor: number;
  preferredSupplierId: string | null;
  spikeHalfLifeDays: number;
  spikeThreshold: number;
  spikeMinUnits: number;
}

export class PutProductCategoryDto {
  /** The product's planning category; null takes it out of its category. @example apparel */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  @Matches(CATEGORY, { message: 'category must be letters, digits, spaces, -, _, / or &' })
  category: string | null;
}

export class ProductCategoryDto {
  productId: string;
  category: string | null;
}
