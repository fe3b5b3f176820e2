import { OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { Omittable, toBoolean, toUpperCase } from '../../common/validation/validators';
import { BoxType } from '../entities/box-type.entity';

/** 3 m and 100 kg: beyond any parcel carrier's limits, so larger figures are typing mistakes. */
const MAX_SIDE_MM = 3_000;
const MAX_WEIGHT_G = 100_000;

export class CreateBoxTypeDto {
  /**
   * Unique shelf code, stored upper-case.
   * @example BOX-M
   */
  @Transform(toUpperCase)
  @Matches(/^[A-Z0-9][A-Z0-9._-]{0,29}$/, { message: 'code must be 1–30 letters, digits, dots, dashes or underscores' })
  code: string;

  /** @example Medium carton 35×25×15 */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  /** @example 350 */
  @IsInt()
  @Min(1)
  @Max(MAX_SIDE_MM)
  innerLengthMm: number;

  /** @example 250 */
  @IsInt()
  @Min(1)
  @Max(MAX_SIDE_MM)
  innerWidthMm: number;

  /** @example 150 */
  @IsInt()
  @Min(1)
  @Max(MAX_SIDE_MM)
  innerHeightMm: number;

  /**
   * Empty box with filling material.
   * @example 180
   */
  @IsInt()
  @Min(0)
  @Max(MAX_WEIGHT_G)
  tareWeightG: number;

  /**
   * Box plus contents; must exceed the tare.
   * @example 10000
   */
  @IsInt()
  @Min(1)
  @Max(MAX_WEIGHT_G)
  maxGrossWeightG: number;
}

/** Every field but the code; `active: false` retires the box (no longer suggested or opened). */
export class UpdateBoxTypeDto extends PartialType(OmitType(CreateBoxTypeDto, ['code'] as const), { skipNullProperties: false }) {
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

export class BoxTypeQueryDto extends PageQueryDto {
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;

  /** `code`, `name`, `createdAt`; prefix `-` for descending. Default `code`. */
  @IsOptional()
  @IsString()
  sort?: string;
}

export class BoxTypeDto {
  id: string;
  code: string;
  name: string;
  innerLengthMm: number;
  innerWidthMm: number;
  innerHeightMm: number;
  tareWeightG: number;
  maxGrossWeightG: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function toBoxTypeDto(b: BoxType): BoxTypeDto {
  return {
    id: b.id, code: b.code, name: b.name, innerLengthMm: b.innerLengthMm, innerWidthMm: b.innerWidthMm, innerHeightMm: b.innerHeightMm,
    tareWeightG: b.tareWeightG, maxGrossWeightG: b.maxGrossWeightG, active: b.active, createdAt: b.createdAt, updatedAt: b.updatedAt,
  };
}

export class BoxTypePageDto extends PageOf(BoxTypeDto) {}
