import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Access, Actor, Audit, CurrentActor, Role, Roles, Scope } from '../../identity';
import { LabelDocumentRenderer } from '../documents/label-document-renderer';
import { ShippingDocumentService } from '../documents/shipping-document.service';
import { LabelBookingService } from '../labels/label-booking.service';
import { ShipmentLabelService } from '../labels/shipment-label.service';
import { FILE_RESPONSE, fileResponse } from './file-response';
import { CreateLabelDto, LabelQueryDto, ShipmentLabelDto, toLabelDto, VoidLabelDto } from './parcel-label.dto';

const STAFF = [Role.Logistics, Role.WarehouseLead, Role.Warehouse];

@ApiTags('parcel labels')
@Controller('parcels/:id')
export class ParcelLabelsController {
  constructor(
    private readonly booking: LabelBookingService,
    private readonly labels: ShipmentLabelService,
    private readonly documents: ShippingDocumentService,
    private readonly renderer: LabelDocumentRenderer,
  ) {}

  @Post('label')
  @Roles(...STAFF)
  @Audit('shipment_label.create', 'parcel')
  @ApiOperation({ summary: 'Create the label of a closed parcel: customs pre-flight, carrier booking, declaration; documents render in the background' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`CUSTOMS_PREFLIGHT_FAILED` with every violation in `errors[]` (`field`, `message`, `rule`); `CARRIER_INACTIVE`' })
  @ApiConflictResponse({ type: ProblemDto, description: '`PARCEL_ALREADY_LABELLED`: void the current label first' })
  async create(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateLabelDto, @CurrentActor() actor: Actor): Promise<ShipmentLabelDto> {
    await this.booking.create(id, body, actor);
    return toLabelDto(await this.labels.current(id, actor));
  }

  @Get('label')
  @Access({ roles: STAFF, scopes: [Scope.LabelsRead] })
  @ApiOperation({ summary: "The parcel's current label as a 4×6 PDF or as ZPL II for a 203 or 300 dpi printer; carrier keys see their own parcels only" })
  @ApiProduces('application/pdf', 'application/vnd.zebra-zpl')
  @ApiOkResponse(FILE_RESPONSE)
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`LABEL_FORMAT_NOT_OFFERED` by the carrier service' })
  async download(@Param('id', ParseUUIDPipe) id: string, @Query() query: LabelQueryDto, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const label = await this.labels.current(id, actor);
    if (query.format !== 'zpl') return fileResponse(await this.documents.forLabel(label, 'label_pdf'));
    const stored = await this.documents.forLabel(label, 'label_zpl');
    return fileResponse(query.dpi === 300 ? this.renderer.zpl(label, 300) : stored);
  }

  @Post('label/void')
  @HttpCode(200)
  @Roles(...STAFF)
  @Audit('shipment_label.void', 'parcel')
  @ApiOperation({ summary: 'Void the current label at the carrier; it stays in the history and the parcel can be labelled again' })
  @ApiConflictResponse({ type: ProblemDto, description: '`LABEL_ILLEGAL_TRANSITION`: a manifested label was handed over and cannot be voided' })
  async void(@Param('id', ParseUUIDPipe) id: string, @Body() body: VoidLabelDto, @CurrentActor() actor: Actor): Promise<ShipmentLabelDto> {
    await this.labels.void(id, body.reason, actor);
    const [voided] = await this.labels.history(id);
    return toLabelDto(voided);
  }

  @Get('labels')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Every label the parcel had, newest first, voided ones included' })
  async history(@Param('id', ParseUUIDPipe) id: string): Promise<ShipmentLabelDto[]> {
    return (await this.labels.history(id)).map(toLabelDto);
  }
}
