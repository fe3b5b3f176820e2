import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { IsCountryCode, Omittable, toBoolean, toUpperCase } from '../../common/validation/validators';
import { Supplier } from '../entities/supplier.entity';
import { Incoterm } from '../services/incoterms';
import { INCOTERM_SCHEMA, IsCurrency, IsIncoterm } from './procurement.validators';

export class SupplierContactDto {
  /** @example Li Wei */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  /** @example +86 755 1234 5678 */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  /** @example liwei_hx */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  wechatId?: string | null;
}

export class CreateSupplierDto {
  /**
   * Unique, 2–20 letters, digits or dashes; stored upper-case.
   * @example SZ-HUAXIN
   */
  @Transform(toUpperCase)
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,19}$/, { message: 'code must be 2–20 letters, digits or dashes, starting with a letter or digit' })
  code: string;

  /** @example Shenzhen Huaxin Apparel Co., Ltd. */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  legalNameEn: string;

  /** @example 深圳华信服饰有限公司 */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  legalNameZh?: string | null;

  /**
   * ISO 3166-1 alpha-2.
   * @example CN
   */
  @Transform(toUpperCase)
  @IsCountryCode()
  country: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  addressLine1: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  addressLine2?: string | null;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  postcode?: string | null;

  /** The first contact with an e-mail address receives purchase orders. */
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SupplierContactDto)
  contacts?: SupplierContactDto[];

  /**
   * ISO 4217.
   * @example CNY
   */
  @Transform(toUpperCase)
  @IsCurrency()
  defaultCurrency: string;

  /**
   * One of the eleven Incoterms 2020 rules.
   * @example FOB
   */
  @ApiProperty(INCOTERM_SCHEMA)
  @Transform(toUpperCase)
  @IsIncoterm()
  defaultIncoterm: Incoterm;

  /**
   * The incoterm's named place.
   * @example Shenzhen
   */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  defaultIncotermPlace: string;

  /** @example 30% deposit, 70% before shipment */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  paymentTerms: string;

  /**
   * Days from order to goods ready.
   * @example 35
   */
  @IsInt()
  @Min(0)
  @Max(3650)
  leadTimeDays: number;

  /** A partner of kind `supplier` whose API keys act for this supplier (one supplier per partner). */
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;
}

/** Every field but the code; `null` clears only the fields that may be empty. */
export class UpdateSupplierDto extends PartialType(OmitType(CreateSupplierDto, ['code'] as const), { skipNullProperties: false }) {
  /** `false` stops new purchase orders to this supplier. */
  @Omittable()
  @IsBoolean()
  active?: boolean;

  /** The `version` you read; if the supplier changed since, the update is refused with 409. */
  @Omittable()
  @IsInt()
  @Min(1)
  version?: number;
}

export class SupplierQueryDto extends PageQueryDto {
  /** Part of the code or of the English or Chinese name. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;

  @IsOptional()
  @Transform(toUpperCase)
  @IsCountryCode()
  country?: string;

  /** `code`, `legalNameEn`, `createdAt`; prefix `-` for descending. Default `code`. */
  @IsOptional()
  @IsString()
  sort?: string;
}

export class SupplierDto {
  id: string;
  code: string;
  legalNameEn: string;
  legalNameZh: string | null;
  country: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  region: string | null;
  postcode: string | null;
  contacts: SupplierContactDto[];
  defaultCurrency: string;
  @ApiProperty(INCOTERM_SCHEMA)
  defaultIncoterm: Incoterm;
  defaultIncotermPlace: string;
  paymentTerms: string;
  leadTimeDays: number;
  partnerId: string | null;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toSupplierDto(s: Supplier): SupplierDto {
  return {
    id: s.id, code: s.code, legalNameEn: s.legalNameEn, legalNameZh: s.legalNameZh, country: s.country,
    addressLine1: s.addressLine1, addressLine2: s.addressLine2, city: s.city, region: s.region, postcode: s.postcode, contacts: s.contacts,
    defaultCurrency: s.defaultCurrency, defaultIncoterm: s.defaultIncoterm, defaultIncotermPlace: s.defaultIncotermPlace,
    paymentTerms: s.paymentTerms, leadTimeDays: s.leadTimeDays, partnerId: s.partnerId, active: s.active, version: s.version,
    createdAt: s.createdAt, updatedAt: s.updatedAt,
  };
}

export class SupplierPageDto extends PageOf(SupplierDto) {}
