import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, NotEquals } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { toBoolean } from '../../common/validation/validators';
import { LocationType } from '../entities/location.entity';
import { MovementType, StockMovement } from '../entities/stock-movement.entity';
import { AdjustmentReason } from '../services/stock-adjustment.service';

class ListWindowDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  /** `nextCursor` of the previous page. */
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'cursor is not a cursor returned by this list' })
  cursor?: string;
}

export class BalanceQueryDto extends ListWindowDto {
  @IsOptional()
  @IsUUID()
  productId?: string;

  @IsOptional()
  @IsUUID()
  warehouseId?: string;

  @IsOptional()
  @IsUUID()
  locationId?: string;

  @IsOptional()
  @IsUUID()
  lotId?: string;

  /** Include rows whose stock went to 0 (default false). */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeEmpty?: boolean;
}

export class BalanceDto {
  id: string;
  productId: string;
  sku: string;
  warehouseId: string;
  warehouseCode: string;
  locationId: string;
  locationCode: string;
  @ApiPropertyOptional({ enum: LocationType, enumName: 'LocationType' })
  locationType: LocationType;
  lotId: string | null;
  lotCode: string | null;
  expiryDate: string | null;
  onHand: number;
  reserved: number;
  available: number;
}

export class BalancePageDto {
  items: BalanceDto[];
  nextCursor: string | null;
}

export class AvailabilityQueryDto {
  @IsOptional()
  @IsUUID()
  warehouseId?: string;
}

export class WarehouseAvailabilityDto {
  warehouseId: string;
  warehouseCode: string;
  onHand: number;
  reserved: number;
  /** Free to promise: on hand − reserved in storage and pick-face bins not frozen by a count. */
  available: number;
}

export class AvailabilityDto {
  productId: string;
  sku: string;
  available: number;
  warehouses: WarehouseAvailabilityDto[];
}

export class MovementQueryDto extends ListWindowDto {
  @IsOptional()
  @IsUUID()
  productId?: string;

  /** Movements leaving or arriving at this location. */
  @IsOptional()
  @IsUUID()
  locationId?: string;

  @IsOptional()
  @IsEnum(MovementType)
  type?: MovementType;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  referenceType?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  referenceId?: string;

  /** ISO 8601; movements at or after. */
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  /** ISO 8601; movements before. */
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

export class MovementDto {
  id: string;
  @ApiPropertyOptional({ enum: MovementType, enumName: 'MovementType' })
  type: MovementType;
  productId: string;
  fromLocationId: string | null;
  toLocationId: string | null;
  lotId: string | null;
  quantity: number;
  referenceType: string | null;
  referenceId: string | null;
  reasonCode: string | null;
  actorType: string;
  actorId: string | null;
  occurredAt: Date;
}

export function toMovementDto(m: StockMovement): MovementDto {
  return {
    id: m.id, type: m.type, productId: m.productId, fromLocationId: m.fromLocationId, toLocationId: m.toLocationId, lotId: m.lotId,
    quantity: m.quantity, referenceType: m.referenceType, referenceId: m.referenceId, reasonCode: m.reasonCode,
    actorType: m.actorType, actorId: m.actorId, occurredAt: m.occurredAt,
  };
}

export class MovementPageDto {
  items: MovementDto[];
  nextCursor: string | null;
}

export class AdjustmentDto {
  @IsUUID()
  locationId: string;

  @IsUUID()
  productId: string;

  @IsOptional()
  @IsUUID()
  lotId?: string;

  /** Positive adds stock (found, correction), negative removes it (damaged, lost, expired, correction). */
  @IsInt()
  @NotEquals(0)
  @Min(-1_000_000)
  @Max(1_000_000)
  quantityDelta: number;

  @IsEnum(AdjustmentReason)
  reason: AdjustmentReason;
}

export class StockMismatchDto {
  productId: string;
  locationId: string;
  lotId: string | null;
  onHand: number;
  reserved: number;
  replayedOnHand: number;
  activeReservations: number;
}

export class StockVerificationDto {
  consistent: boolean;
  balanceRows: number;
  movements: number;
  mismatches: StockMismatchDto[];
}
