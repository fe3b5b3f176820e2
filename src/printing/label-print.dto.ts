import { IsString, IsUUID, Matches } from 'class-validator';

export class PrintParcelLabelDto {
  @IsUUID()
  parcelId: string;

  /** A printer name from `LABEL_PRINTERS`. @example pack-1 */
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, { message: 'printer must be a configured printer name such as pack-1' })
  printer: string;
}

export class LabelPrinterDto {
  name: string;
  host: string;
  port: number;
  /** 203 or 300: the ZPL is rendered for it. */
  dpi: number;
}

export class PrintJobDto {
  parcelId: string;
  printer: string;
  trackingNumber: string;
  /** Bytes of ZPL sent. */
  bytes: number;
}
