import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Access, Actor, Audit, CurrentActor, Role, Scope } from '../../identity';
import { ManifestPickupService } from '../manifests/manifest-pickup.service';
import { ManifestService } from '../manifests/manifest.service';
import { FILE_RESPONSE, fileResponse } from './file-response';
import { CloseManifestDto, ManifestDto, ManifestListQueryDto, toManifestDto } from './manifest.dto';

const READERS = { roles: [Role.Logistics, Role.WarehouseLead, Role.Warehouse], scopes: [Scope.ManifestsWrite, Scope.ParcelsRead] };

@ApiTags('manifests')
@Controller('manifests')
export class ManifestsController {
  constructor(
    private readonly manifests: ManifestService,
    private readonly pickups: ManifestPickupService,
  ) {}

  @Post()
  @Access({ roles: [Role.Logistics, Role.WarehouseLead], scopes: [Scope.ManifestsWrite] })
  @Audit('manifest.close', 'manifest')
  @ApiOperation({ summary: "Close a carrier's ready parcels at a warehouse (labels shipping on or before the date) into an end-of-day manifest" })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`MANIFEST_EMPTY`: no parcel is waiting' })
  async close(@Body() body: CloseManifestDto, @CurrentActor() actor: Actor): Promise<ManifestDto> {
    return toManifestDto(await this.manifests.close(body, actor));
  }

  @Get()
  @Access(READERS)
  @ApiOperation({ summary: 'Manifests, newest first (at most 100), e.g. the day\'s for a warehouse; carrier keys see their own' })
  async list(@Query() query: ManifestListQueryDto, @CurrentActor() actor: Actor): Promise<ManifestDto[]> {
    return (await this.manifests.list(actor, query)).map(toManifestDto);
  }

  @Post(':id/pickup')
  @HttpCode(200)
  @Access({ roles: [Role.Logistics, Role.WarehouseLead], scopes: [Scope.ManifestsWrite] })
  @Audit('manifest.pickup', 'manifest')
  @ApiOperation({ summary: "Confirm the carrier took the manifest's parcels: stock ships, parcels and orders become shipped; repeating it changes nothing" })
  async pickup(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ManifestDto> {
    return toManifestDto(await this.pickups.confirm(id, actor));
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
