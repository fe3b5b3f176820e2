import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, TransformFnParams } from 'class-transformer';
import { IsBoolean, IsInt, IsISO4217CurrencyCode, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  IsGtin, IsHsSubheading, IsNationalHsCodes, IsSpecificCustomsDescription,
} from './product.validators';
import { IsCountryCode, Omittable, toUpperCase } from '../../common/validation/validators';

/** Largest value of a PostgreSQL `integer` column. */
const MAX_INT = 2_147_483_647;

export const HS_CODES_EXAMPLE = { US: '6109100012', EU: '61091000' };

export class CreateProductDto {
  /** Stored in capitals, e.g. `TSH-M-BLK-L`: 2–40 letters, digits, dots, underscores or dashes. */
  @Transform(toUpperCase)
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9._-]{1,39}$/, { message: 'sku must be 2–40 letters, digits, dots, underscores or dashes, starting with a letter or digit' })
  sku: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameEn: string;

  /** Chinese name as the supplier knows it, e.g. `男士短袖T恤`. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameZh?: string | null;

  /** GTIN-8, -12, -13 or -14 with a valid check digit; stored and returned as 14 digits. */
  @IsOptional()
  @IsString()
  @IsGtin()
  gtin?: string | null;

  /** 6-digit HS subheading, e.g. `610910` (`6109.10` is accepted). */
  @IsString()
  @IsHsSubheading()
  hsCode: string;

  /**
   * National tariff codes by destination: `US` 10-digit HTSUS, `EU` 8-digit CN or 10-digit TARIC,
   * any other ISO alpha-2 country 8 or 10 digits. Each must start with `hsCode`. Dots are removed.
   */
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: HS_CODES_EXAMPLE })
  // The map as sent: class-transformer silently drops keys such as `constructor`, which must be refused instead.
  @Transform(({ obj }: TransformFnParams) => (obj as Record<string, unknown>).hsCodes)
  @Omittable()
  @IsNationalHsCodes()
  hsCodes?: Record<string, string>;

  /** ISO 3166-1 alpha-2 country where the goods were made, e.g. `CN`. */
  @Transform(toUpperCase)
  @IsCountryCode()
  countryOfOrigin: string;

  /** Net weight of one unit in grams. */
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  netWeightG: number;

  /** Packed dimensions of one unit in millimetres. */
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  lengthMm: number;

  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  widthMm: number;

  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  heightMm: number;

  /** What it is, of what material, for whom, e.g. `Men's T-shirt, knitted, 100% cotton`; "gifts" or "goods" alone are refused. */
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @IsSpecificCustomsDescription()
  customsDescription: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  customsDescriptionZh?: string | null;

  /** Declared customs value of one unit in minor units (cents) of `declaredValueCurrency`. */
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  declaredValueMinor: number;

  /** ISO 4217, e.g. `USD`. */
  @Transform(toUpperCase)
  @IsISO4217CurrencyCode()
  declaredValueCurrency: string;

  /** Stock of this product is kept per lot (batch). */
  @Omittable()
  @IsBoolean()
  lotTracked?: boolean;

  /** Lots carry an expiry date; needs `lotTracked`. */
  @Omittable()
  @IsBoolean()
  expiryTracked?: boolean;
}

/**
 * Every field optional; `null` clears only the fields that may be empty, and `hsCodes` replaces the
 * whole map. The SKU cannot change: it is printed on labels and known to suppliers' and partners' systems.
 */
export class UpdateProductDto extends PartialType(OmitType(CreateProductDto, ['sku'] as const), { skipNullProperties: false }) {
  /** The `version` you read; if the product changed since, the update is refused with 409. */
  @Omittable()
  @IsInt()
  @Min(1)
  version?: number;
}
