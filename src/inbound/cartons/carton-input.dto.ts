import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination';
import { IsDateOnly } from '../common/inbound.validators';

export class CartonContentInputDto {
  /** @example TEE-M-BLK-L */
  @IsString()
  @MinLength(2)
  @MaxLength(40)
  sku: string;

  /** Required for lot-tracked products, refused for others. @example L2604-A */
  @IsOptional()
  @Matches(/^[!-~]{1,20}$/, { message: 'lot must be 1–20 visible ASCII characters' })
  lot?: string;

  /** Required for expiry-tracked products. @example 2028-03-31 */
  @IsOptional()
  @IsDateOnly()
  expiry?: string;

  /** @example 50 */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity: number;
}

export class CreateCartonDto {
  /** The supplier's SSCC-18 (check digit verified; `(00)` prefix allowed). Leave out to have one generated from our GS1 prefix. */
  @IsOptional()
  @IsString()
  @MaxLength(30)
  sscc?: string;

  /** @example 9800 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  grossWeightG?: number;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CartonContentInputDto)
  contents: CartonContentInputDto[];
}

export class ImportCartonsDto {
  /**
   * The packing list as CSV text (RFC 4180): a header row, then one row per product per carton.
   * Columns `sku` and `quantity` are required; `sscc`, `lot`, `expiry` (YYYY-MM-DD) and `gross_weight_g` are optional.
   * Rows sharing an SSCC form one carton; a row without SSCC is a carton of its own with a generated SSCC.
   * @example sscc,sku,lot,expiry,quantity,gross_weight_g\n,TEE-M-BLK-L,,,50,9800\n
   */
  @IsString()
  @MinLength(1)
  @MaxLength(2_000_000)
  csv: string;
}

export class CartonQueryDto extends PageQueryDto {}

export class CartonLabelQueryDto {
  /** Only these SSCCs, comma-separated; default every carton of the shipment. */
  @IsOptional()
  @Matches(/^\d{18}(,\d{18}){0,199}$/, { message: 'sscc must be up to 200 comma-separated 18-digit SSCCs' })
  sscc?: string;
}
