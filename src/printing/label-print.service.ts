import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '../identity';
import { renderParcelLabelZpl, ShipmentLabelService } from '../shipping';
import { LabelPrinter } from '../config/label-printers';
import { printerUnknown } from './printing.errors';
import { PrintJobDto } from './label-print.dto';
import { sendRaw } from './raw-tcp-printer';

export const LABEL_PRINTERS = Symbol('LABEL_PRINTERS');

/** Prints a parcel's current label on a networked thermal printer, as ZPL at the printer's resolution. */
@Injectable()
export class LabelPrintService {
  constructor(
    private readonly labels: ShipmentLabelService,
    @Inject(LABEL_PRINTERS) private readonly printers: LabelPrinter[],
  ) {}

  list(): LabelPrinter[] {
    return this.printers;
  }

  async print(parcelId: string, printerName: string, actor: Actor): Promise<PrintJobDto> {
    const printer = this.printers.find((p) => p.name === printerName);
    if (!printer) throw printerUnknown(printerName, this.printers.map((p) => p.name));
    const label = await this.labels.current(parcelId, actor);
    const zpl = renderParcelLabelZpl(label.content, printer.dpi);
    await sendRaw(printer.name, printer.host, printer.port, zpl);
    return { parcelId, printer: printer.name, trackingNumber: label.trackingNumber, bytes: Buffer.byteLength(zpl) };
  }
}
