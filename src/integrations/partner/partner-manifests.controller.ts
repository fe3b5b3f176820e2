import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { ApiKeyActor, Audit, CurrentActor, PartnerScopes, Scope } from '../../identity';
import { ManifestDto, ManifestListQueryDto, ManifestPickupService, ManifestService, PartnerCloseManifestDto, toManifestDto } from '../../shipping';

@ApiTags('partner: carriers')
@Controller('partner/manifests')
export class PartnerManifestsController {
  constructor(
    private readonly manifests: ManifestService,
    private readonly pickups: ManifestPickupService,
  ) {}

  @Get()
  @PartnerScopes(Scope.ManifestsWrite, Scope.ParcelsRead)
  @ApiOperation({ summary: "Your manifests, newest first; filter by `date` and `warehouseId` to fetch the day's" })
  @ApiOkResponse({ type: [ManifestDto] })
  async list(@Query() query: ManifestListQueryDto, @CurrentActor() actor: ApiKeyActor): Promise<ManifestDto[]> {
    return (await this.manifests.list(actor, query)).map(toManifestDto);
  }

  @Post()
  @PartnerScopes(Scope.ManifestsWrite)
  @Audit('manifest.close', 'manifest')
  @ApiOperation({ summary: 'Close your ready parcels at a warehouse (labels shipping on or before the date) into a manifest' })
  @ApiCreatedResponse({ type: ManifestDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`MANIFEST_EMPTY`: no parcel is waiting' })
  async close(@Body() body: PartnerCloseManifestDto, @CurrentActor() actor: ApiKeyActor): Promise<ManifestDto> {
    const carrierId = await this.manifests.carrierFor(actor, body.carrierId);
    return toManifestDto(await this.manifests.close({ carrierId, warehouseId: body.warehouseId, date: body.date }, actor));
  }

  @Get(':id')
  @PartnerScopes(Scope.ManifestsWrite, Scope.ParcelsRead)
  @ApiOperation({ summary: 'One of your manifests with its parcels; the PDF is at `pdfHref`' })
  @ApiOkResponse({ type: ManifestDto })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: ApiKeyActor): Promise<ManifestDto> {
    return toManifestDto(await this.manifests.get(id, actor));
  }

  @Post(':id/pickup')
  @HttpCode(200)
  @PartnerScopes(Scope.ManifestsWrite)
  @Audit('manifest.pickup', 'manifest')
  @ApiOperation({ summary: 'Confirm you took the parcels: they and their orders become shipped; confirming again changes nothing' })
  @ApiOkResponse({ type: ManifestDto })
  async pickup(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: ApiKeyActor): Promise<ManifestDto> {
    return toManifestDto(await this.pickups.confirm(id, actor));
  }
}
