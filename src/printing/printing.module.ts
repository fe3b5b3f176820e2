import { Module } from '@nestjs/common';
import { Environment } from '../config/environment';
import { ShippingModule } from '../shipping';
import { LabelPrintService, LABEL_PRINTERS } from './label-print.service';
import { parseLabelPrinters } from '../config/label-printers';
import { PrintingController } from './printing.controller';

/** Printing labels on networked thermal printers, for packing benches without a desktop printer driver. */
@Module({
  imports: [ShippingModule],
  controllers: [PrintingController],
  providers: [LabelPrintService, { provide: LABEL_PRINTERS, inject: [Environment], useFactory: (env: Environment) => parseLabelPrinters(env.LABEL_PRINTERS) }],
})
export class PrintingModule {}
