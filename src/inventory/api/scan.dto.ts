import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

export enum ScanAction {
  Receive = 'receive',
  Putaway = 'putaway',
  Move = 'move',
  Pick = 'pick',
  Count = 'count',
}

export class ScanReferenceDto {
  /** Document type, e.g. `receipt`, `outbound_order`. */
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'type must be a lower-case document type such as receipt' })
  type: string;

  @IsString()
  @MinLength(1)
  @MaxLength(64)
  id: string;
}

export class ScanDto {
  @IsEnum(ScanAction)
  action: ScanAction;

  /** The scanned location barcode (`LOC:<warehouse>:<code>`): where the stock is, or arrives when receiving. */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  location: string;

  /** The scanned item: GTIN, GS1-128/DataMatrix element string (with lot, expiry, count) or our SKU. */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  item: string;

  /** The destination bin barcode for putaway and move (and a tote or packing bench for pick). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  toLocation?: string;

  /** Units; defaults to the count in the barcode (AI 30/37), else 1. For `count`, the quantity counted (0 allowed). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  quantity?: number;

  /** Lot code, when the barcode does not carry it (AI 10). */
  @IsOptional()
  @IsString()
  @Matches(/^[!-~]{1,20}$/, { message: 'lot must be 1–20 visible ASCII characters' })
  lot?: string;

  /** Expiry date `YYYY-MM-DD`, when the barcode does not carry it (AI 17). */
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'expiry must be a date YYYY-MM-DD' })
  expiry?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => ScanReferenceDto)
  reference?: ScanReferenceDto;

  /** For `pick`: the reservation the picked units come out of. */
  @IsOptional()
  @IsUUID()
  reservationId?: string;
}

export class ScannedThingDto {
  id: string;
  code: string;
}

export class ScanResultDto {
  action: ScanAction;
  product: ScannedThingDto & { name: string };
  location: ScannedThingDto;
  toLocation: ScannedThingDto | null;
  quantity: number;
  lot: { id: string; code: string; expiryDate: string | null } | null;
  /** Ids of the stock movements written (none for `count`, which records into the open count). */
  movementIds: string[];
  /** For `count`: the cycle count the quantity was recorded in. */
  cycleCountId?: string;
}
