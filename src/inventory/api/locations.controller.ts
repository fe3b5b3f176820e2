import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audit, Role, Roles } from '../../identity';
import { LocationService } from '../services/location.service';
import { LocationDto, toLocationDto, UpdateLocationDto } from './location.dto';

@ApiTags('locations')
@Controller('locations')
export class LocationsController {
  constructor(private readonly locations: LocationService) {}

  @Get('by-barcode/:barcode')
  @Roles()
  @ApiOperation({ summary: 'Find the location a scanned bin label belongs to' })
  async getByBarcode(@Param('barcode') barcode: string): Promise<LocationDto> {
    return toLocationDto(await this.locations.getByBarcode(barcode));
  }

  @Get(':id')
  @Roles()
  @ApiOperation({ summary: 'Get a location' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<LocationDto> {
    return toLocationDto(await this.locations.get(id));
  }

  @Patch(':id')
  @Roles(Role.WarehouseLead)
  @Audit('location.update', 'location')
  @ApiOperation({ summary: 'Change a location’s type, capacity, pick sequence or active flag' })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateLocationDto): Promise<LocationDto> {
    return toLocationDto(await this.locations.update(id, body));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles(Role.WarehouseLead)
  @Audit('location.deactivate', 'location')
  @ApiOperation({ summary: 'Deactivate a location so it is no longer offered for put-away or picking' })
  async deactivate(@Param('id', ParseUUIDPipe) id: string): Promise<LocationDto> {
    return toLocationDto(await this.locations.deactivate(id));
  }
}
