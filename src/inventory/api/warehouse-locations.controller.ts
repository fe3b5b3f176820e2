import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, Role, Roles } from '../../identity';
import { LocationService } from '../services/location.service';
import {
  BulkCreateLocationsDto, BulkCreateLocationsResultDto, CreateLocationDto, LocationDto, LocationPageDto, LocationQueryDto, toLocationDto,
} from './location.dto';

@ApiTags('locations')
@Controller('warehouses/:id/locations')
export class WarehouseLocationsController {
  constructor(private readonly locations: LocationService) {}

  @Post()
  @Roles(Role.WarehouseLead)
  @Audit('location.create', 'location')
  @ApiOperation({ summary: 'Add one location (bin) to a warehouse' })
  @ApiConflictResponse({ description: '`LOCATION_EXISTS` or `WAREHOUSE_INACTIVE`', type: ProblemDto })
  async create(@Param('id', ParseUUIDPipe) warehouseId: string, @Body() body: CreateLocationDto): Promise<LocationDto> {
    return toLocationDto(await this.locations.create(warehouseId, body));
  }

  @Post('bulk')
  @Roles(Role.WarehouseLead)
  @Audit('location.bulk_create', 'location')
  @ApiOperation({ summary: 'Add every bin of a range such as A-01..05-01..10-01..04 (at most 10 000) in one transaction' })
  @ApiConflictResponse({ description: '`LOCATION_EXISTS` (nothing created; lists up to 20 codes) or `WAREHOUSE_INACTIVE`', type: ProblemDto })
  bulkCreate(@Param('id', ParseUUIDPipe) warehouseId: string, @Body() body: BulkCreateLocationsDto): Promise<BulkCreateLocationsResultDto> {
    return this.locations.bulkCreate(warehouseId, body);
  }

  @Get()
  @Roles()
  @ApiOperation({ summary: 'List a warehouse’s locations, by code or walk order' })
  async list(@Param('id', ParseUUIDPipe) warehouseId: string, @Query() query: LocationQueryDto): Promise<LocationPageDto> {
    const page = await this.locations.list(warehouseId, query);
    return { ...page, items: page.items.map(toLocationDto) };
  }
}
