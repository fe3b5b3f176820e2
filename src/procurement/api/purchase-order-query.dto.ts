import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination';
import { toBoolean } from '../../common/validation/validators';
import { PURCHASE_ORDER_STATUSES, PurchaseOrderStatus } from '../services/purchase-order.lifecycle';
import { IsCalendarDate } from './procurement.validators';

const toList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value);

export class PurchaseOrderQueryDto extends PageQueryDto {
  /** One status or several separated by commas, e.g. `sent,confirmed`. */
  @ApiPropertyOptional({ type: String, example: 'sent,confirmed' })
  @IsOptional()
  @Transform(toList)
  @IsIn(PURCHASE_ORDER_STATUSES, { each: true, message: `status must be one or more of ${PURCHASE_ORDER_STATUSES.join(', ')}` })
  status?: PurchaseOrderStatus[];

  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @IsOptional()
  @IsUUID()
  warehouseId?: string;

  /** Orders with a line of this product. */
  @IsOptional()
  @IsUUID()
  productId?: string;

  /** Created on or after this day (UTC), `YYYY-MM-DD`. */
  @IsOptional()
  @IsCalendarDate()
  createdFrom?: string;

  /** Created on or before this day (UTC), `YYYY-MM-DD`. */
  @IsOptional()
  @IsCalendarDate()
  createdTo?: string;

  /** Approved or later, not fully received, with a line due (confirmed, else promised, else requested ready date) before today. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  late?: boolean;

  /** Submitted orders you may approve: not created by you (managers only; empty for others). */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  awaitingMyApproval?: boolean;

  /** Start of the order number, e.g. `PO-2026-000`. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'q must be the start of an order number, e.g. PO-2026-000' })
  q?: string;

  /** `number`, `createdAt`; prefix `-` for descending. Default `-createdAt`. */
  @IsOptional()
  @IsString()
  sort?: string;
}

export class OpenQuantityQueryDto {
  @IsOptional()
  @IsUUID()
  productId?: string;

  @IsOptional()
  @IsUUID()
  warehouseId?: string;
}

export class DocumentQueryDto {
  /** An earlier revision; default the current one. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  revision?: number;
}

/** What a supplier can filter its own orders by. */
export class SupplierPurchaseOrderQueryDto extends PickType(PurchaseOrderQueryDto, ['limit', 'cursor', 'status', 'createdFrom', 'createdTo', 'q', 'sort'] as const) {}
