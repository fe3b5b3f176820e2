import { IsOptional, IsUUID } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { PlanningSignal } from '../entities/planning-signal.entity';

export class SpikeQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  warehouseId?: string;
}

export class SpikeDto {
  productId: string;
  sku: string;
  warehouseId: string;
  /** Units/day over the recent days. */
  recentPerDay: number;
  /** Units/day, exponentially weighted over the weeks before. */
  baselinePerDay: number;
  /** recentPerDay ÷ baselinePerDay. */
  multiple: number;
  /** First day of the elevated run. */
  startDate: string;
  available: number;
  stockoutDate: string | null;
  daysOfCover: number;
  unitsShort: number;
  computedAt: Date;
}

export function toSpikeDto(s: PlanningSignal): SpikeDto {
  return {
    productId: s.productId, sku: s.sku, warehouseId: s.warehouseId, recentPerDay: s.recentPerDay, baselinePerDay: s.baselinePerDay,
    multiple: s.spikeMultiple ?? 0, startDate: s.spikeStartDate ?? '', available: s.available, stockoutDate: s.stockoutDate,
    daysOfCover: s.daysOfCover, unitsShort: s.unitsShort, computedAt: s.computedAt,
  };
}

export class SpikePageDto extends PageOf(SpikeDto) {}
