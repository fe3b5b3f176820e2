import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsDateOnly } from '../common/inbound.validators';

export class OpenReceiptDto {
  /** The delivered shipment to receive. Give this or `purchaseOrder`. */
  @ValidateIf((o: OpenReceiptDto) => o.purchaseOrder === undefined)
  @IsUUID()
  shipmentId?: string;

  /** For a blind receipt of an unannounced delivery: the purchase order's id or number. @example PO-2026-00017 */
  @ValidateIf((o: OpenReceiptDto) => o.shipmentId === undefined)
  @IsString()
  @Matches(/^(PO-\d{4}-\d{5,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'purchaseOrder must be a purchase-order number (PO-2026-00017) or id',
  })
  purchaseOrder?: string;
}

export class ReceiptScanDto {
  /**
   * What the scanner read: an SSCC (`(00)…`, `00…` or a GS1-128 string with AI 00) receives the carton's declared contents;
   * a GTIN, GS1 string (with lot AI 10, expiry AI 17, count AI 30/37) or SKU receives units of one product.
   * @example ]C100106141410000000017
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  code: string;

  /** Units of the product; default the count in the barcode, else 1. Not used with an SSCC. @example 12 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity?: number;

  /** Lot, when the barcode does not carry it. @example L2604-A */
  @IsOptional()
  @Matches(/^[!-~]{1,20}$/, { message: 'lot must be 1–20 visible ASCII characters' })
  lot?: string;

  /** Expiry `YYYY-MM-DD`, when the barcode does not carry it. */
  @IsOptional()
  @IsDateOnly()
  expiry?: string;

  /** The units (or the whole carton) are damaged: they go to quarantine at close and on the discrepancy report. */
  @IsOptional()
  @IsBoolean()
  damaged?: boolean;

  /** A warehouse lead accepts more than the over-receipt tolerance allows; recorded with the lead's name. */
  @IsOptional()
  @IsBoolean()
  override?: boolean;
}
