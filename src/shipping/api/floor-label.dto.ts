import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateBy, ValidateIf, ValidateNested,
} from 'class-validator';
import { isValidGtin, isValidSscc } from '../../common/codes';
import { toUpperCase } from '../../common/validation/validators';
import { PRINTER_DPIS, PrinterDpi } from '../labels/zpl';
import { BatchLayout } from '../labels/floor/label-batch';
import { MAX_LABELS_PER_BATCH } from '../labels/floor/floor-label.service';

const LAYOUTS: BatchLayout[] = ['sheet', 'roll'];
/** GS1 character set 82 without the parentheses that delimit AIs in the printed text. */
const GS1_TEXT = /^[A-Za-z0-9!"%&'*+,\-./:;<=>?_]+$/;

/** Output of a batch: a PDF on A4 sheets or a roll, or ZPL (a roll) for a thermal printer. */
export class LabelBatchOutputDto {
  @ApiPropertyOptional({ enum: ['pdf', 'zpl'], default: 'pdf' })
  @IsOptional() @IsIn(['pdf', 'zpl'])
  format?: 'pdf' | 'zpl';

  /** `sheet`: A4 with several labels a page; `roll`: one label a page. ZPL is always a roll. */
  @ApiPropertyOptional({ enum: LAYOUTS, default: 'roll' })
  @IsOptional()
  @ValidateBy({
    name: 'isBatchLayout',
    validator: {
      validate: (v: unknown, args) => LAYOUTS.includes(v as BatchLayout) && ((args?.object as LabelBatchOutputDto).format !== 'zpl' || v === 'roll'),
      defaultMessage: () => 'layout must be sheet or roll, and roll for zpl: thermal printers print from a roll',
    },
  })
  layout?: BatchLayout;

  @ApiPropertyOptional({ enum: PRINTER_DPIS, default: 203, type: Number })
  @IsOptional() @Type(() => Number) @IsIn(PRINTER_DPIS)
  dpi?: PrinterDpi;
}

export class BinLabelsDto extends LabelBatchOutputDto {
  /** These bins; or leave out and give warehouseId (and a code prefix). */
  @ValidateIf((dto: BinLabelsDto) => dto.warehouseId === undefined)
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_LABELS_PER_BATCH) @IsUUID('all', { each: true })
  locationIds?: string[];

  @ValidateIf((dto: BinLabelsDto) => dto.locationIds === undefined)
  @IsUUID()
  warehouseId?: string;

  /** Every active bin whose code starts with this, e.g. `A-01`. */
  @IsOptional() @Transform(toUpperCase) @IsString() @MaxLength(40)
  prefix?: string;
}

export class ProductLabelItemDto {
  @IsUUID()
  productId: string;

  /** @example 12 */
  @IsOptional() @IsInt() @Min(1) @Max(MAX_LABELS_PER_BATCH)
  copies?: number;
}

export class ProductLabelsDto extends LabelBatchOutputDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_LABELS_PER_BATCH) @ValidateNested({ each: true }) @Type(() => ProductLabelItemDto)
  items: ProductLabelItemDto[];
}

export class LogisticsUnitDto {
  /** 18-digit SSCC with its check digit, as allocated when the carton or pallet was built. @example 106141411234567897 */
  @ValidateBy({ name: 'isSscc', validator: { validate: (v: unknown) => typeof v === 'string' && isValidSscc(v), defaultMessage: () => '$property must be an 18-digit SSCC with a valid GS1 check digit' } })
  sscc: string;

  /** GTIN of the trade items inside when they are all the same, AI (02); stored as 14 digits. */
  @IsOptional()
  @ValidateBy({ name: 'isGtin', validator: { validate: (v: unknown) => typeof v === 'string' && isValidGtin(v), defaultMessage: () => '$property must be a GTIN with a valid check digit' } })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? value.padStart(14, '0') : value))
  gtin?: string;

  /** How many trade items, AI (37); needs gtin. */
  @IsOptional() @IsInt() @Min(1) @Max(99_999_999)
  @ValidateBy({
    name: 'countNeedsGtin',
    validator: { validate: (_v: unknown, args) => (args?.object as LogisticsUnitDto).gtin !== undefined, defaultMessage: () => 'count (AI 37) needs gtin (AI 02)' },
  })
  count?: number;

  /** AI (400). */
  @IsOptional() @IsString() @MaxLength(30) @Matches(GS1_TEXT, { message: 'purchaseOrder may hold only letters, digits and GS1 punctuation (no spaces or parentheses)' })
  purchaseOrder?: string;

  /** AI (420). */
  @IsOptional() @IsString() @MaxLength(20) @Matches(GS1_TEXT, { message: 'shipToPostcode may hold only letters, digits and GS1 punctuation (no spaces or parentheses)' })
  shipToPostcode?: string;

  @IsOptional() @IsArray() @ArrayMaxSize(5) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(100, { each: true })
  shipFrom?: string[];

  @IsOptional() @IsArray() @ArrayMaxSize(5) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(100, { each: true })
  shipTo?: string[];
}

export class LogisticsLabelsDto extends LabelBatchOutputDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_LABELS_PER_BATCH) @ValidateNested({ each: true }) @Type(() => LogisticsUnitDto)
  units: LogisticsUnitDto[];
}
