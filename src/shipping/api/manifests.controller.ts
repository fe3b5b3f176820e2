import { Body, Controller, Get, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Access, Actor, Audit, CurrentActor, Role, Scope } from '../../identity';
import { ManifestService } from '../manifests/manifest.service';
import { FILE_RESPONSE, fileResponse } from './file-response';
import { CloseManifestDto, ManifestDto, toManifestDto } from './manifest.dto';

const READERS = { roles: [Role.Logistics, Role.WarehouseLead, Role.Warehouse], scopes: [Scope.ManifestsWrite, Scope.ParcelsRead] };

@ApiTags('manifests')
@Controller('manifests')
export class ManifestsController {
  constructor(private readonly manifests: ManifestService) {}

  @Post()
  @Access({ roles: [Role.Logistics, Role.WarehouseLead], scopes: [Scope.ManifestsWrite] })
  @Audit('manifest.close', 'manifest')
  @ApiOperation({ summary: "Close a carrier's ready parcels at a warehouse (labels shipping on or before the date) into an end-of-day manifest" })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`MANIFEST_EMPTY`: no parcel is waiting' })
  async close(@Body() body: CloseManifestDto, @CurrentActor() actor: Actor): Promise<ManifestDto> {
    return toManifestDto(await this.manifests.close(body, actor));
  }

  @Get(':id')
  @Access(READERS)
  @ApiOperation({ summary: 'A manifest with its parcels' })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ManifestDto> {
    return toManifestDto(await this.manifests.get(id, actor));
  }

  @Get(':id/pdf')
  @Access(READERS)
  @ApiOperation({ summary: 'The manifest as PDF, one Code 128 per parcel' })
  @ApiProduces('application/pdf')
  @ApiOkResponse(FILE_RESPONSE)
  async pdf(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    return fileResponse(await this.manifests.pdf(id, actor));
  }
}
