import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyActor, CurrentActor, PartnerScopes, Scope } from '../../identity';
import { CarrierParcelsService, ReadyParcelDto, ReadyParcelPageDto, ReadyParcelQueryDto, toReadyParcelDto } from '../../shipping';

@ApiTags('partner: carriers')
@Controller('partner/parcels')
@PartnerScopes(Scope.ParcelsRead)
export class PartnerParcelsController {
  constructor(private readonly parcels: CarrierParcelsService) {}

  @Get()
  @ApiOperation({ summary: 'Your parcels ready for pickup (labelled, or manifested and not yet picked up), oldest label first' })
  @ApiOkResponse({ type: ReadyParcelPageDto })
  async ready(@Query() query: ReadyParcelQueryDto, @CurrentActor() actor: ApiKeyActor): Promise<ReadyParcelPageDto> {
    const page = await this.parcels.ready(actor, query);
    return { ...page, items: page.items.map(toReadyParcelDto) };
  }

  @Get(':id')
  @ApiOperation({ summary: "One of your parcels waiting for pickup; another carrier's parcel is a 404" })
  @ApiOkResponse({ type: ReadyParcelDto })
  async one(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: ApiKeyActor): Promise<ReadyParcelDto> {
    return toReadyParcelDto(await this.parcels.one(actor, id));
  }
}
