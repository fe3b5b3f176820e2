import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { PickException, PickExceptionStatus } from '../entities/pick-exception.entity';
import { lineOpenQuantity, PickListLine } from '../entities/pick-list-line.entity';
import { PickListStatus } from '../entities/pick-list.entity';
import { Confirmation } from '../picking/short-pick.service';
import { PickListView } from '../picking/picking.service';
import { PickListSummaryDto, toPickListSummaryDto } from './wave.dto';

export class PickListQueryDto extends PageQueryDto {
  @IsOptional() @IsUUID()
  waveId?: string;

  @IsOptional() @IsUUID()
  warehouseId?: string;

  @ApiPropertyOptional({ enum: PickListStatus, enumName: 'PickListStatus' })
  @IsOptional() @IsEnum(PickListStatus)
  status?: PickListStatus;
}

export class PickLineDto {
  id: string;
  /** Position along the walk path. */
  seq: number;
  orderId: string;
  toteSlot: number;
  productId: string;
  sku: string;
  locationId: string;
  locationCode: string;
  lotId: string | null;
  quantity: number;
  pickedQuantity: number;
  shortQuantity: number;
  /** Still to pick. */
  openQuantity: number;
  status: string;
}

export class ToteDto {
  toteSlot: number;
  orderId: string;
}

export class PickListDto extends PickListSummaryDto {
  waveId: string;
  warehouseId: string;
  completedAt: Date | null;
  totes: ToteDto[];
  /** In walk order. */
  lines: PickLineDto[];
}

export class PickListSummaryPageDto extends PageOf(PickListSummaryDto) {}

export class PickScanDto {
  /** Scanned bin barcode. @example LOC:US-NJ1:A-01-01-01 */
  @IsString() @MinLength(1) @MaxLength(200)
  location: string;

  /** Scanned GTIN or SKU. @example 05901234123457 */
  @IsString() @MinLength(1) @MaxLength(200)
  item: string;

  /** @example 1 */
  @IsInt() @Min(1) @Max(10_000)
  quantity: number;

  /** Tote slot on a batch cart; needed when several orders take the item from the bin. */
  @IsOptional() @IsInt() @Min(1) @Max(50)
  tote?: number;
}

export class ShortPickDto {
  /** Units found in the bin (and taken); the bin is empty afterwards. Fewer than the line asks for. */
  @IsInt() @Min(0) @Max(10_000)
  found: number;
}

export class ConfirmShortPickDto {
  /** Units the lead counts in the bin now; 0 (the default) confirms the picker's report. */
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000)
  counted?: number;
}

export class PickExceptionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PickExceptionStatus, enumName: 'PickExceptionStatus' })
  @IsOptional() @IsEnum(PickExceptionStatus)
  status?: PickExceptionStatus;

  @IsOptional() @IsUUID()
  warehouseId?: string;
}

export class PickExceptionDto {
  id: string;
  pickListId: string;
  pickListLineId: string;
  orderId: string;
  warehouseId: string;
  productId: string;
  locationId: string;
  lotId: string | null;
  foundQuantity: number;
  missingQuantity: number;
  status: string;
  reportedBy: string;
  confirmedBy: string | null;
  resolution: Record<string, unknown>;
  createdAt: Date;
  confirmedAt: Date | null;
}

export class PickExceptionPageDto extends PageOf(PickExceptionDto) {}

export class ReallocationDto {
  orderId: string;
  status: string;
  reserved: number;
  short: number;
}

export class ShortPickConfirmationDto {
  exception: PickExceptionDto;
  /** Orders that lost stock in the bin, allocated again (from other bins) or backordered. */
  reallocation: ReallocationDto[];
}

export const toPickLineDto = (l: PickListLine): PickLineDto => ({
  id: l.id, seq: l.seq, orderId: l.orderId, toteSlot: l.toteSlot, productId: l.productId, sku: l.sku, locationId: l.locationId, locationCode: l.locationCode,
  lotId: l.lotId, quantity: l.quantity, pickedQuantity: l.pickedQuantity, shortQuantity: l.shortQuantity, openQuantity: lineOpenQuantity(l), status: l.status,
});

export function toPickListDto({ list, totes, lines }: PickListView): PickListDto {
  return {
    ...toPickListSummaryDto(list), waveId: list.waveId, warehouseId: list.warehouseId, completedAt: list.completedAt,
    totes: totes.map((t) => ({ toteSlot: t.toteSlot, orderId: t.orderId })), lines: lines.map(toPickLineDto),
  };
}

export const toPickExceptionDto = (e: PickException): PickExceptionDto => ({ ...e });

export const toConfirmationDto = (c: Confirmation): ShortPickConfirmationDto => ({ exception: toPickExceptionDto(c.exception), reallocation: c.reallocation });
