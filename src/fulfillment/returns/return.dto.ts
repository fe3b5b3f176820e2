import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested,
} from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { toUpperCase } from '../../common/validation/validators';
import { receivedQuantity, ReturnLine } from '../entities/return-line.entity';
import { ReturnOrder } from '../entities/return-order.entity';
import { ReturnDisposition, ReturnReason, ReturnStatus } from './return.lifecycle';

const REASON_SCHEMA = { enum: ReturnReason, enumName: 'ReturnReason' };
const DISPOSITION_SCHEMA = { enum: ReturnDisposition, enumName: 'ReturnDisposition' };
const STATUS_SCHEMA = { enum: ReturnStatus, enumName: 'ReturnStatus' };

export class ReturnLineInputDto {
  /** The product, by id; or give `sku`. */
  @ValidateIf((line: ReturnLineInputDto) => line.sku === undefined)
  @IsUUID()
  productId?: string;

  /**
   * The product, by SKU; or give `productId`.
   * @example TEE-BLK-M
   */
  @ValidateIf((line: ReturnLineInputDto) => line.productId === undefined)
  @Transform(toUpperCase)
  @Matches(/^[A-Z0-9][A-Z0-9._-]{1,39}$/, { message: 'sku must be a SKU such as TEE-BLK-M (or give productId)' })
  sku?: string;

  /** @example 1 */
  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity: number;

  @ApiProperty(REASON_SCHEMA)
  @IsEnum(ReturnReason)
  reasonCode: ReturnReason;
}

export class CreateReturnDto {
  @IsUUID()
  orderId: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReturnLineInputDto)
  lines: ReturnLineInputDto[];
}

export class ReceiveReturnItemDto {
  /**
   * The scanned item: GTIN, GS1 element string (with lot) or SKU.
   * @example 05901234123457
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  item: string;

  /** Units; defaults to the count in the barcode, else 1. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity?: number;

  @ApiProperty(DISPOSITION_SCHEMA)
  @IsEnum(ReturnDisposition)
  disposition: ReturnDisposition;

  /**
   * For `restock`: the storage or pick-face bin (`LOC:<warehouse>:<code>`). For `quarantine`, a quarantine bin; by default the warehouse's first one.
   * @example LOC:US-NJ1:A-01-01-01
   */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  location?: string;

  /** Lot of a lot-tracked product, when the barcode does not carry it. */
  @IsOptional()
  @Matches(/^[!-~]{1,20}$/, { message: 'lot must be 1–20 visible ASCII characters' })
  lot?: string;
}

export class ReturnQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  orderId?: string;

  @ApiPropertyOptional(STATUS_SCHEMA)
  @IsOptional()
  @IsEnum(ReturnStatus)
  status?: ReturnStatus;
}

export class ReturnLineDto {
  id: string;
  lineNo: number;
  productId: string;
  sku: string;
  quantity: number;
  @ApiProperty(REASON_SCHEMA)
  reasonCode: ReturnReason;
  restockedQuantity: number;
  quarantinedQuantity: number;
  scrappedQuantity: number;
  /** Units still expected at the dock. */
  openQuantity: number;
}

export class ReturnDto {
  id: string;
  orderId: string;
  orderExternalId: string;
  warehouseId: string;
  @ApiProperty(STATUS_SCHEMA)
  status: ReturnStatus;
  authorizedBy: string;
  receivedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  lines: ReturnLineDto[];
}

export class ReturnReceiptDto {
  return: ReturnDto;
  sku: string;
  quantity: number;
  @ApiProperty(DISPOSITION_SCHEMA)
  disposition: ReturnDisposition;
  /** Where the units went; null for scrap. */
  locationCode: string | null;
  /** The `return` stock movements written; empty for scrap. */
  movementIds: string[];
}

export class ReturnPageDto extends PageOf(ReturnDto) {}

export function toReturnDto(r: ReturnOrder, lines: ReturnLine[]): ReturnDto {
  return {
    id: r.id, orderId: r.orderId, orderExternalId: r.orderExternalId, warehouseId: r.warehouseId, status: r.status, authorizedBy: r.authorizedBy,
    receivedAt: r.receivedAt, closedAt: r.closedAt, createdAt: r.createdAt,
    lines: lines
      .filter((l) => l.returnOrderId === r.id)
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((l) => ({
        id: l.id, lineNo: l.lineNo, productId: l.productId, sku: l.sku, quantity: l.quantity, reasonCode: l.reasonCode,
        restockedQuantity: l.restockedQuantity, quarantinedQuantity: l.quarantinedQuantity, scrappedQuantity: l.scrappedQuantity,
        openQuantity: l.quantity - receivedQuantity(l),
      })),
  };
}
