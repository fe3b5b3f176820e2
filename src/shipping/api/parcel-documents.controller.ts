import { Controller, Get, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, Actor, CurrentActor, Role, Scope } from '../../identity';
import { CustomsDeclarationService } from '../customs/customs-declaration.service';
import { ShippingDocumentService } from '../documents/shipping-document.service';
import { ShipmentLabelService } from '../labels/shipment-label.service';
import { CustomsDeclarationDto, toCustomsDeclarationDto } from './customs-declaration.dto';
import { FILE_RESPONSE, fileResponse } from './file-response';
import { DocumentKindParamDto, ParcelDocumentsDto, toShippingDocumentDto } from './shipping-document.dto';

const READERS = { roles: [Role.Logistics, Role.WarehouseLead, Role.Warehouse], scopes: [Scope.LabelsRead, Scope.ParcelsRead] };

/** The current label's documents; carrier keys see their own carrier's parcels only. */
@ApiTags('parcel labels')
@Controller('parcels/:id')
@Access(READERS)
export class ParcelDocumentsController {
  constructor(
    private readonly labels: ShipmentLabelService,
    private readonly documents: ShippingDocumentService,
    private readonly customs: CustomsDeclarationService,
  ) {}

  @Get('documents')
  @ApiOperation({ summary: "The current label's documents (label PDF/ZPL, CN 22, CN 23 or commercial invoice) with their SHA-256" })
  async list(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ParcelDocumentsDto> {
    const label = await this.labels.current(id, actor);
    const stored = await this.documents.listForLabel(label.id);
    return { labelId: label.id, trackingNumber: label.trackingNumber, kinds: await this.documents.kindsFor(label), documents: stored.map((d) => toShippingDocumentDto(d, id)) };
  }

  @Get('documents/:kind')
  @ApiOperation({ summary: 'Download one document of the current label' })
  @ApiProduces('application/pdf', 'application/vnd.zebra-zpl')
  @ApiOkResponse(FILE_RESPONSE)
  async download(@Param() params: DocumentKindParamDto, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const label = await this.labels.current(params.id, actor);
    return fileResponse(await this.documents.forLabel(label, params.kind));
  }

  @Get('customs-declaration')
  @ApiOperation({ summary: "The current label's customs declaration: items, totals in EUR/USD/SDR, incoterm, importer of record, rules applied" })
  async declaration(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<CustomsDeclarationDto> {
    const label = await this.labels.current(id, actor);
    return toCustomsDeclarationDto(await this.customs.getForLabel(label.id, id));
  }
}
