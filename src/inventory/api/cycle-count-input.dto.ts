import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination';
import { CycleCountStatus } from '../entities/cycle-count.entity';

/** Keeps a count (and its single posting at approval) to a size one lead can review. */
export const MAX_COUNT_LOCATIONS = 500;
export const MAX_COUNT_PRODUCTS = 200;

/** Line ids are bigint identities, passed around as digit strings. */
export const LINE_ID_PATTERN = /^\d{1,18}$/;
export const LINE_ID_RULE = 'must be a line id as listed in lines[].id';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateCycleCountDto {
  @IsUUID()
  warehouseId: string;

  /** Bins to count: all in the warehouse, active, and in no other open count. Give this, `productIds`, or both. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_COUNT_LOCATIONS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  locationIds?: string[];

  /** Count only these products. Without `locationIds`, every bin of the warehouse holding them is counted. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_COUNT_PRODUCTS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  productIds?: string[];
}

export class CycleCountQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  warehouseId?: string;

  @ApiPropertyOptional({ enum: CycleCountStatus, enumName: 'CycleCountStatus' })
  @IsOptional()
  @IsEnum(CycleCountStatus)
  status?: CycleCountStatus;
}

export class CountLineDto {
  /** Units found; 0 when the bin holds none of it. */
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  counted: number;
}

export class RecountDto {
  /** Ids of the lines to count again, as listed in `lines[].id`. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @Matches(LINE_ID_PATTERN, { each: true, message: `each value in lineIds ${LINE_ID_RULE}` })
  lineIds: string[];

  /** Why; kept in the audit log. */
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(500)
  reason: string;
}
