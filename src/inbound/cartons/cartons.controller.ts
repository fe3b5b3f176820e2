import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, Role, Roles } from '../../identity';
import { pdfFile } from '../common/pdf-file';
import { CartonLabelQueryDto, CartonQueryDto, CreateCartonDto, ImportCartonsDto } from './carton-input.dto';
import { CartonLabelService } from './carton-label.service';
import { CartonDto, CartonImportResultDto, CartonPageDto, toCartonDto } from './carton.dto';
import { CartonService } from './carton.service';

@ApiTags('inbound shipments')
@Controller('inbound-shipments/:id')
@Roles(Role.Procurement, Role.ProcurementManager, Role.Logistics)
export class CartonsController {
  constructor(
    private readonly cartons: CartonService,
    private readonly labels: CartonLabelService,
  ) {}

  @Post('cartons')
  @Audit('inbound_carton.create', 'inbound_carton')
  @ApiOperation({ summary: "Register one carton with its contents; the SSCC is the supplier's (validated) or generated from our GS1 prefix" })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`CARTONS_INVALID` with `errors[]` naming each bad field' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SHIPMENT_NOT_EDITABLE` once receiving started; `SSCC_TAKEN`' })
  async add(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateCartonDto): Promise<CartonDto> {
    const { carton, contents } = await this.cartons.add(id, body);
    return toCartonDto(carton, contents);
  }

  @Post('cartons\\:import')
  @Audit('inbound_carton.import', 'inbound_shipment')
  @ApiOperation({ summary: 'Register cartons from a CSV packing list (JSON `{ csv }`); any bad row refuses the whole file with row-numbered errors' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`CARTONS_INVALID`: `errors[]` like `{ field: "rows[7].sku", message }`; nothing was registered' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SHIPMENT_NOT_EDITABLE` once receiving started; `SSCC_TAKEN`' })
  async import(@Param('id', ParseUUIDPipe) id: string, @Body() body: ImportCartonsDto): Promise<CartonImportResultDto> {
    return { cartons: (await this.cartons.import(id, body.csv)).map(({ carton, contents }) => toCartonDto(carton, contents)) };
  }

  @Get('cartons')
  @ApiOperation({ summary: "List a shipment's cartons with their contents" })
  async list(@Param('id', ParseUUIDPipe) id: string, @Query() query: CartonQueryDto): Promise<CartonPageDto> {
    const page = await this.cartons.list(id, query);
    return { ...page, items: page.items.map(({ carton, contents }) => toCartonDto(carton, contents)) };
  }

  @Get('carton-labels')
  @ApiOperation({ summary: 'SSCC carton labels as PDF (A6, GS1-128 of (00) + SSCC, ship-to and contents), one page per carton' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'The PDF, as an attachment.' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such shipment, or no carton to label' })
  async labelsPdf(@Param('id', ParseUUIDPipe) id: string, @Query() query: CartonLabelQueryDto): Promise<StreamableFile> {
    return pdfFile(await this.labels.render(id, query.sscc?.split(',')));
  }
}
