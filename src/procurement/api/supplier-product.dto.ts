import { OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { Omittable, toBoolean, toUpperCase } from '../../common/validation/validators';
import { SupplierProduct } from '../entities/supplier-product.entity';
import { IsCurrency, IsMinorUnits, IsQuantity } from './procurement.validators';

export class CreateSupplierProductDto {
  /** Our catalog product. */
  @IsUUID()
  productId: string;

  /**
   * The supplier's own code for the item; unique per supplier.
   * @example HX-T180-BLK
   */
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  supplierItemCode: string;

  /**
   * The supplier's name for the item.
   * @example 180g 精梳棉圆领T恤 黑色
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  supplierItemName: string;

  /**
   * ISO 4217 currency of the price; the supplier's default currency when left out.
   * @example CNY
   */
  @Omittable()
  @Transform(toUpperCase)
  @IsCurrency()
  currency?: string;

  /**
   * Price of one unit in minor units of the currency (fen, cents), at most 9007199254740991.
   * @example 1850
   */
  @IsMinorUnits()
  unitPriceMinor: number;

  /** Minimum order quantity in units; default 1. */
  @Omittable()
  @IsQuantity()
  moq?: number;

  /** Units packed in one carton; order lines that are not a multiple get a warning. Default 1. */
  @Omittable()
  @IsQuantity()
  unitsPerCarton?: number;

  @IsOptional()
  @IsQuantity()
  cartonGrossWeightG?: number | null;

  @IsOptional()
  @IsQuantity()
  cartonLengthMm?: number | null;

  @IsOptional()
  @IsQuantity()
  cartonWidthMm?: number | null;

  @IsOptional()
  @IsQuantity()
  cartonHeightMm?: number | null;

  /** Overrides the supplier's lead time for this item, in days. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  leadTimeDays?: number | null;

  /** Make this the product's preferred supplier (any other supplier of the product stops being preferred). */
  @Omittable()
  @IsBoolean()
  preferred?: boolean;
}

/** Every field but the product; `null` clears the carton data and the lead time override. */
export class UpdateSupplierProductDto extends PartialType(OmitType(CreateSupplierProductDto, ['productId'] as const), { skipNullProperties: false }) {
  /** `false` stops the item from being ordered. */
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

export class SupplierProductQueryDto extends PageQueryDto {
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;

  /** `supplierItemCode`, `createdAt`; prefix `-` for descending. */
  @IsOptional()
  @IsString()
  sort?: string;
}

export class ProductSuppliersQueryDto {
  /** Lists the suppliers of this product, the preferred one first. */
  @IsUUID()
  productId: string;
}

export class SupplierProductDto {
  id: string;
  supplierId: string;
  productId: string;
  supplierItemCode: string;
  supplierItemName: string;
  currency: string;
  unitPriceMinor: number;
  moq: number;
  unitsPerCarton: number;
  cartonGrossWeightG: number | null;
  cartonLengthMm: number | null;
  cartonWidthMm: number | null;
  cartonHeightMm: number | null;
  leadTimeDays: number | null;
  preferred: boolean;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function toSupplierProductDto(i: SupplierProduct): SupplierProductDto {
  return {
    id: i.id, supplierId: i.supplierId, productId: i.productId, supplierItemCode: i.supplierItemCode, supplierItemName: i.supplierItemName,
    currency: i.currency, unitPriceMinor: i.unitPriceMinor, moq: i.moq, unitsPerCarton: i.unitsPerCarton,
    cartonGrossWeightG: i.cartonGrossWeightG, cartonLengthMm: i.cartonLengthMm, cartonWidthMm: i.cartonWidthMm, cartonHeightMm: i.cartonHeightMm,
    leadTimeDays: i.leadTimeDays, preferred: i.preferred, active: i.active, createdAt: i.createdAt, updatedAt: i.updatedAt,
  };
}

export class SupplierProductPageDto extends PageOf(SupplierProductDto) {}
