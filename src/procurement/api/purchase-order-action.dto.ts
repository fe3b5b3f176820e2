import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { Omittable } from '../../common/validation/validators';
import { MAX_LINES } from './purchase-order-input.dto';
import { IsCalendarDate, IsMinorUnits, IsQuantity, trim } from './procurement.validators';

/** Body of a lifecycle step where a note is welcome but not needed. */
export class TransitionDto {
  /** Why, or a note for the order's history. */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

/** Body of a lifecycle step that needs a reason (reject, cancel). */
export class ReasonDto {
  /** Why; kept in the order's history and the audit log. */
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(1000)
  reason: string;
}

export class LineConfirmationDto {
  @IsUUID()
  lineId: string;

  /** Units the supplier will deliver; at most what is ordered. Default: as ordered. */
  @Omittable()
  @IsQuantity(0)
  confirmedQuantity?: number;

  /** Date the supplier commits to; default: the promised date. */
  @IsOptional()
  @IsCalendarDate()
  confirmedDate?: string | null;
}

export class ConfirmPurchaseOrderDto extends TransitionDto {
  /** The revision being confirmed: a confirmation of an outdated revision is refused with 409. */
  @IsInt()
  @Min(1)
  revision: number;

  /** Lines whose quantity or date differ from the order; the others are confirmed as ordered. */
  @Omittable()
  @IsArray()
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => LineConfirmationDto)
  lines?: LineConfirmationDto[];
}

export class LineRevisionDto {
  @IsUUID()
  lineId: string;

  @Omittable()
  @IsQuantity()
  quantity?: number;

  @Omittable()
  @IsMinorUnits()
  unitPriceMinor?: number;

  @IsOptional()
  @IsCalendarDate()
  promisedDate?: string | null;

  /** Units no longer wanted (the total cancelled on the line, not an increment). */
  @Omittable()
  @IsQuantity(0)
  quantityCancelled?: number;
}

export class RevisePurchaseOrderDto extends ReasonDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => LineRevisionDto)
  lines: LineRevisionDto[];
}
