import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBadGatewayResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../common/http/problem.dto';
import { Actor, Audit, CurrentActor, Role, Roles } from '../identity';
import { LabelPrinterDto, PrintJobDto, PrintParcelLabelDto } from './label-print.dto';
import { LabelPrintService } from './label-print.service';

const STAFF = [Role.Logistics, Role.WarehouseLead, Role.Warehouse];

@ApiTags('printing')
@Controller('printing')
export class PrintingController {
  constructor(private readonly printing: LabelPrintService) {}

  @Get('printers')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The networked label printers this server can print to (LABEL_PRINTERS)' })
  printers(): LabelPrinterDto[] {
    return this.printing.list();
  }

  @Post('parcel-labels')
  @HttpCode(200)
  @Roles(...STAFF)
  @Audit('parcel_label.print', 'parcel')
  @ApiOperation({ summary: "Print a parcel's current label as ZPL on a networked printer (raw TCP, port 9100)" })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PRINTER_UNKNOWN`: not a configured printer' })
  @ApiBadGatewayResponse({ type: ProblemDto, description: '`PRINTER_UNREACHABLE`: the printer refused the connection or did not answer' })
  print(@Body() body: PrintParcelLabelDto, @CurrentActor() actor: Actor): Promise<PrintJobDto> {
    return this.printing.print(body.parcelId, body.printer, actor);
  }
}
