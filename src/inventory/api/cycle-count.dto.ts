import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../common/http/pagination';
import { CycleCountStatus } from '../entities/cycle-count.entity';
import { CycleCountAction } from '../services/cycle-count.lifecycle';

const ACTIONS: CycleCountAction[] = ['count', 'submit', 'recount', 'approve', 'cancel'];

export class CycleCountProgressDto {
  /** Lines listed by the snapshot or found by counting. */
  lines: number;
  /** Lines with a count. */
  counted: number;
  /** Lines a lead sent back to be counted again. */
  recountRequested: number;
}

export class CycleCountSummaryDto {
  id: string;
  warehouseId: string;
  @ApiProperty({ enum: CycleCountStatus, enumName: 'CycleCountStatus' })
  status: CycleCountStatus;
  /** The count is limited to these products; empty = everything in its bins. */
  productIds: string[];
  /** Bins in the count; frozen for every movement but the count's own while it is open or counted. */
  locationCount: number;
  progress: CycleCountProgressDto;
  @ApiProperty({ enum: ACTIONS, isArray: true, description: 'What the lifecycle allows next (each still needs its role).' })
  allowedActions: CycleCountAction[];
  createdBy: string;
  approvedBy: string | null;
  approvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export class CycleCountLocationDto {
  id: string;
  code: string;
}

export class CycleCountLineDto {
  id: string;
  locationId: string;
  locationCode: string;
  productId: string;
  sku: string;
  lotId: string | null;
  lotCode: string | null;
  /** Stock on hand when the count was created (0 for stock found by counting). Withheld from blind counters. */
  expected?: number;
  counted: number | null;
  /** counted − expected; null until counted. Withheld from blind counters. */
  variance?: number | null;
  /** variance × the product's declared unit value, in minor units of `currency`. Withheld from blind counters. */
  varianceValueMinor?: number | null;
  /** ISO 4217 currency of the product's declared value. Withheld from blind counters. */
  currency?: string;
  countedBy: string | null;
  countedAt: Date | null;
  recountRequested: boolean;
}

/** Sums in one currency, at the products' declared unit values. */
export class CycleCountValueDto {
  currency: string;
  expectedMinor: number;
  countedMinor: number;
  varianceMinor: number;
}

export class CycleCountTotalsDto {
  /** Over every line. */
  expectedUnits: number;
  /** Over the counted lines. */
  countedUnits: number;
  /** counted − expected over the counted lines. */
  varianceUnits: number;
  /** The same sums as declared value, one entry per currency (expected over every line, the rest over counted lines). */
  @ApiProperty({ type: [CycleCountValueDto] })
  value: CycleCountValueDto[];
}

export class CycleCountDto extends CycleCountSummaryDto {
  /** True when the caller counts blind: expected quantities, variances and totals are withheld (role `warehouse` without lead or admin). */
  blind: boolean;
  locations: CycleCountLocationDto[];
  lines: CycleCountLineDto[];
  @ApiPropertyOptional({ type: CycleCountTotalsDto, description: 'Withheld from blind counters.' })
  totals?: CycleCountTotalsDto;
}

export class CycleCountPageDto extends PageOf(CycleCountSummaryDto) {}

export class CycleCountVariancesDto {
  cycleCountId: string;
  @ApiProperty({ enum: CycleCountStatus, enumName: 'CycleCountStatus' })
  status: CycleCountStatus;
  /** Counted lines whose count differs from the snapshot. */
  lines: CycleCountLineDto[];
  /** Over these lines. */
  totals: CycleCountTotalsDto;
}
