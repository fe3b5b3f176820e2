import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination';
import { IsCountryCode, toBoolean, toUpperCase } from '../../common/validation/validators';

export class ProductQueryDto extends PageQueryDto {
  /** SKU prefix, a GTIN in any of its 8/12/13/14-digit forms, or part of the English or Chinese name. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;

  /** ISO 3166-1 alpha-2. */
  @IsOptional()
  @Transform(toUpperCase)
  @IsCountryCode()
  countryOfOrigin?: string;

  /** Prefix of the 6-digit HS code: chapter `61`, heading `6109` or subheading `610910`. */
  @IsOptional()
  @Matches(/^\d{2,6}$/, { message: 'hsCode must be 2 to 6 digits' })
  hsCode?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  lotTracked?: boolean;

  /** `sku`, `nameEn`, `createdAt`, `updatedAt`; prefix `-` for descending. Default `sku`. */
  @IsOptional()
  @IsString()
  sort?: string;
}

export class ProductLookupQueryDto {
  /** What a scanner read: a GTIN-8/12/13/14 or a SKU. */
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  code: string;
}
