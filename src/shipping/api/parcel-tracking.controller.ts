import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, CurrentActor, Role, Scope } from '../../identity';
import { TrackingTimelineService } from '../tracking/tracking-timeline.service';
import { ParcelTrackingDto, toParcelTrackingDto } from './parcel-tracking.dto';

@ApiTags('parcel tracking')
@Controller('parcels/:id/tracking')
export class ParcelTrackingController {
  constructor(private readonly timelines: TrackingTimelineService) {}

  @Get()
  @Access({ roles: [Role.Logistics, Role.WarehouseLead, Role.Warehouse, Role.Procurement, Role.ProcurementManager], scopes: [Scope.ParcelsRead] })
  @ApiOperation({ summary: "A parcel's tracking timeline, oldest scan first; shop keys see their own orders' parcels, carrier keys the parcels they carry" })
  @ApiOkResponse({ type: ParcelTrackingDto })
  async timeline(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ParcelTrackingDto> {
    return toParcelTrackingDto(await this.timelines.timeline(id, actor));
  }
}
