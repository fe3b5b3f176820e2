import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ServiceLevel } from '../entities/outbound-order.entity';
import { PickList } from '../entities/pick-list.entity';
import { WaveStatus } from '../entities/wave.entity';
import { WaveView } from '../waves/wave.service';

export class CreateWaveDto {
  @IsUUID()
  warehouseId: string;

  @ApiPropertyOptional({ enum: ServiceLevel, enumName: 'ServiceLevel' })
  @IsOptional() @IsEnum(ServiceLevel)
  serviceLevel?: ServiceLevel;

  /** Only orders placed before this instant (the carrier's cut-off). */
  @IsOptional() @IsISO8601({ strict: true })
  cutoffBefore?: string;

  /** @example 40 */
  @IsInt() @Min(1) @Max(1000)
  maxOrders: number;

  /** Pick lines (one per bin and component) in the wave. @example 200 */
  @IsInt() @Min(1) @Max(10_000)
  maxLines: number;
}

export class PickListSummaryDto {
  id: string;
  kind: string;
  status: string;
  packingLocationId: string;
  createdAt: Date;
}

export class WaveDto {
  id: string;
  warehouseId: string;
  @ApiProperty({ enum: WaveStatus, enumName: 'WaveStatus' })
  status: WaveStatus;
  serviceLevel: string | null;
  cutoffBefore: Date | null;
  maxOrders: number;
  maxLines: number;
  orderCount: number;
  lineCount: number;
  createdBy: string;
  releasedAt: Date | null;
  createdAt: Date;
  /** Oldest first. */
  orderIds: string[];
  /** Created on release. */
  pickLists: PickListSummaryDto[];
}

export const toPickListSummaryDto = (p: PickList): PickListSummaryDto => ({
  id: p.id, kind: p.kind, status: p.status, packingLocationId: p.packingLocationId, createdAt: p.createdAt,
});

export function toWaveDto({ wave, orderIds, pickLists }: WaveView): WaveDto {
  return {
    id: wave.id, warehouseId: wave.warehouseId, status: wave.status, serviceLevel: wave.serviceLevel, cutoffBefore: wave.cutoffBefore,
    maxOrders: wave.maxOrders, maxLines: wave.maxLines, orderCount: wave.orderCount, lineCount: wave.lineCount, createdBy: wave.createdBy,
    releasedAt: wave.releasedAt, createdAt: wave.createdAt, orderIds, pickLists: pickLists.map(toPickListSummaryDto),
  };
}
