import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { PutawayTask, PutawayTaskStatus } from '../entities/putaway-task.entity';
import { PUTAWAY_RULES, PutawayRule } from './bin-suggestion';

export class PutawayTaskQueryDto extends PageQueryDto {
  @IsUUID()
  warehouseId: string;

  /** Default `open`. */
  @ApiPropertyOptional({ enum: PutawayTaskStatus, enumName: 'PutawayTaskStatus' })
  @IsOptional()
  @IsIn(Object.values(PutawayTaskStatus))
  status?: PutawayTaskStatus;
}

export class PutawayScanDto {
  /** The bin's barcode as scanned. Any bin of the warehouse may be chosen; the suggestion is advice. @example LOC:US-NJ1:A-01-01-02 */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  location: string;

  /** Units put into the bin; default everything the task still has. @example 40 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity?: number;
}

export class PutawayTaskDto {
  id: string;
  warehouseId: string;
  receiptId: string;
  productId: string;
  sku: string;
  lotId: string | null;
  lotCode: string | null;
  fromLocationId: string;
  quantity: number;
  quantityPutAway: number;
  suggestedLocationId: string | null;
  suggestedLocationCode: string | null;
  /** The rule that made the suggestion: `fixed_pick_face`, `same_product_lot`, `empty_in_preferred_zone` or `any_with_capacity`. */
  suggestionRule: string | null;
  @ApiProperty({ enum: PutawayTaskStatus, enumName: 'PutawayTaskStatus' })
  status: PutawayTaskStatus;
  createdAt: Date;
  completedAt: Date | null;
}

export class PutawayTaskPageDto extends PageOf(PutawayTaskDto) {}

export class PutawayRulesDto {
  /** Rules in the order they are tried; rules left out are not used. */
  @ApiProperty({ enum: PutawayRule, enumName: 'PutawayRule', isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PUTAWAY_RULES.length)
  @ArrayUnique()
  @IsIn(PUTAWAY_RULES, { each: true, message: `each rule must be one of ${PUTAWAY_RULES.join(', ')}` })
  rules: PutawayRule[];
}

export class PutawayRulesViewDto extends PutawayRulesDto {
  warehouseId: string;
  /** True when the warehouse has no rules of its own and uses the default order. */
  isDefault: boolean;
}

export class ProductSlottingDto {
  /** A pick-face location of this warehouse the product is always replenished into; null to clear. */
  @IsOptional()
  @IsUUID()
  fixedPickFaceLocationId?: string | null;

  /** The zone (first part of a bin code) where the product is stored; null to clear. @example A */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z0-9]{1,40}$/, { message: 'preferredZone must be a zone code such as A' })
  preferredZone?: string | null;
}

export class ProductSlottingViewDto {
  warehouseId: string;
  productId: string;
  fixedPickFaceLocationId: string | null;
  preferredZone: string | null;
  updatedBy: string;
  updatedAt: Date;
}

export function toPutawayTaskDto(t: PutawayTask): PutawayTaskDto {
  return {
    id: t.id, warehouseId: t.warehouseId, receiptId: t.receiptId, productId: t.productId, sku: t.sku, lotId: t.lotId, lotCode: t.lotCode,
    fromLocationId: t.fromLocationId, quantity: t.quantity, quantityPutAway: t.quantityPutAway, suggestedLocationId: t.suggestedLocationId,
    suggestedLocationCode: t.suggestedLocationCode, suggestionRule: t.suggestionRule, status: t.status, createdAt: t.createdAt, completedAt: t.completedAt,
  };
}
