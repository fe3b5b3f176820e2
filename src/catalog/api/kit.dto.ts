import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { KitView, MAX_KIT_COMPONENTS } from '../services/kit.service';

export class KitComponentInputDto {
  /** A product that is not itself a kit. */
  @IsUUID()
  productId: string;

  /**
   * Units of the component in one kit.
   * @example 1
   */
  @IsInt()
  @Min(1)
  @Max(10_000)
  quantity: number;
}

export class SetKitComponentsDto {
  /** The full list; it replaces the current one. An empty list makes the product an ordinary product again. */
  @IsArray()
  @ArrayMaxSize(MAX_KIT_COMPONENTS)
  @ValidateNested({ each: true })
  @Type(() => KitComponentInputDto)
  components: KitComponentInputDto[];
}

export class KitComponentDto {
  productId: string;
  sku: string;
  nameEn: string;
  quantity: number;
}

export class KitDto {
  productId: string;
  sku: string;
  /** True when the product has components; a kit holds no stock of its own. */
  isKit: boolean;
  components: KitComponentDto[];
}

export function toKitDto(view: KitView): KitDto {
  return {
    productId: view.kit.id,
    sku: view.kit.sku,
    isKit: view.components.length > 0,
    components: view.components.map((c) => ({ productId: c.product.id, sku: c.product.sku, nameEn: c.product.nameEn, quantity: c.quantity })),
  };
}
