import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsISO4217CurrencyCode, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Omittable, toUpperCase } from '../../common/validation/validators';
import { ShipmentCost } from '../entities/shipment-cost.entity';
import { AllocationMethod, CostStatus, CostType } from './cost-types';

const HS_RATES_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'string', pattern: '^\\d{1,6}(\\.\\d{1,8})?$' },
  example: { '610910': '0.165' },
  description: 'For `duty_by_hs`: 6-digit HS code → duty rate as a decimal (0.165 = 16.5 %).',
} as const;

class CostFieldsDto {
  /** Minor units of `currency`. For `duty_by_hs` it may be left out: the rates × customs values give it. @example 185000 */
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountMinor?: number;

  /** ISO 4217; converted to the base currency with the FX table. @example CNY */
  @Omittable()
  @Transform(toUpperCase)
  @IsISO4217CurrencyCode()
  currency?: string;

  @ApiPropertyOptional(HS_RATES_SCHEMA)
  @IsOptional()
  @IsObject()
  hsRates?: Record<string, string> | null;

  @ApiPropertyOptional({ enum: CostStatus, enumName: 'CostStatus' })
  @Omittable()
  @IsEnum(CostStatus)
  status?: CostStatus;

  /** @example Ocean freight SZX→LAX, 1×40HC */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string | null;
}

export class CreateShipmentCostDto extends CostFieldsDto {
  @ApiProperty({ enum: CostType, enumName: 'CostType' })
  @IsEnum(CostType)
  type: CostType;

  @ApiProperty({ enum: AllocationMethod, enumName: 'AllocationMethod' })
  @IsEnum(AllocationMethod)
  method: AllocationMethod;
}

/** A true-up: the invoice replaces the estimate (amount, currency, rates) and the status becomes `actual`. */
export class UpdateShipmentCostDto extends CostFieldsDto {
  @ApiPropertyOptional({ enum: AllocationMethod, enumName: 'AllocationMethod' })
  @Omittable()
  @IsEnum(AllocationMethod)
  method?: AllocationMethod;
}

export class ShipmentCostDto {
  id: string;
  shipmentId: string;
  @ApiProperty({ enum: CostType, enumName: 'CostType' })
  type: CostType;
  @ApiProperty({ enum: AllocationMethod, enumName: 'AllocationMethod' })
  method: AllocationMethod;
  amountMinor: number | null;
  currency: string;
  @ApiPropertyOptional(HS_RATES_SCHEMA)
  hsRates: Record<string, string> | null;
  @ApiProperty({ enum: CostStatus, enumName: 'CostStatus' })
  status: CostStatus;
  description: string | null;
  updatedBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export function toShipmentCostDto(c: ShipmentCost): ShipmentCostDto {
  return {
    id: c.id, shipmentId: c.shipmentId, type: c.type, method: c.method, amountMinor: c.amountMinor, currency: c.currency, hsRates: c.hsRates,
    status: c.status, description: c.description, updatedBy: c.updatedBy, createdAt: c.createdAt, updatedAt: c.updatedAt,
  };
}
