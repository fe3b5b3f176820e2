import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/http/pagination';
import { Product } from '../entities/product.entity';
import { HS_CODES_EXAMPLE } from './product-input.dto';

export class ProductDto {
  id: string;
  sku: string;
  nameEn: string;
  nameZh: string | null;
  /** GTIN-14 form (shorter GTINs left-padded with zeros). */
  gtin: string | null;
  /** 6-digit HS subheading. */
  hsCode: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: HS_CODES_EXAMPLE, description: 'National tariff codes by destination.' })
  hsCodes: Record<string, string>;
  countryOfOrigin: string;
  netWeightG: number;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  customsDescription: string;
  customsDescriptionZh: string | null;
  declaredValueMinor: number;
  declaredValueCurrency: string;
  lotTracked: boolean;
  expiryTracked: boolean;
  /** `false` once deactivated; inactive products stay readable because other records refer to them. */
  active: boolean;
  /** Send back with a PATCH to have it refused if someone else changed the product meanwhile. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toProductDto(p: Product): ProductDto {
  return {
    id: p.id, sku: p.sku, nameEn: p.nameEn, nameZh: p.nameZh, gtin: p.gtin, hsCode: p.hsCode, hsCodes: p.hsCodes,
    countryOfOrigin: p.countryOfOrigin, netWeightG: p.netWeightG, lengthMm: p.lengthMm, widthMm: p.widthMm, heightMm: p.heightMm,
    customsDescription: p.customsDescription, customsDescriptionZh: p.customsDescriptionZh,
    declaredValueMinor: p.declaredValueMinor, declaredValueCurrency: p.declaredValueCurrency,
    lotTracked: p.lotTracked, expiryTracked: p.expiryTracked, active: p.active, version: p.version, createdAt: p.createdAt, updatedAt: p.updatedAt,
  };
}

export class ProductPageDto extends PageOf(ProductDto) {}
