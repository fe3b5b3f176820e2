import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, Role, Roles } from '../../identity';
import { WarehouseService } from '../services/warehouse.service';
import { CreateWarehouseDto, toWarehouseDto, UpdateWarehouseDto, WarehouseDto, WarehousePageDto, WarehouseQueryDto } from './warehouse.dto';

@ApiTags('warehouses')
@Controller('warehouses')
export class WarehousesController {
  constructor(private readonly warehouses: WarehouseService) {}

  @Post()
  @Roles(Role.WarehouseLead)
  @Audit('warehouse.create', 'warehouse')
  @ApiOperation({ summary: 'Register a warehouse with its address and time zone' })
  @ApiConflictResponse({ description: '`WAREHOUSE_CODE_TAKEN`', type: ProblemDto })
  async create(@Body() body: CreateWarehouseDto): Promise<WarehouseDto> {
    return toWarehouseDto(await this.warehouses.create(body));
  }

  @Get()
  @Roles()
  @ApiOperation({ summary: 'List warehouses' })
  async list(@Query() query: WarehouseQueryDto): Promise<WarehousePageDto> {
    const page = await this.warehouses.list(query);
    return { ...page, items: page.items.map(toWarehouseDto) };
  }

  @Get(':id')
  @Roles()
  @ApiOperation({ summary: 'Get a warehouse' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<WarehouseDto> {
    return toWarehouseDto(await this.warehouses.get(id));
  }

  @Patch(':id')
  @Roles(Role.WarehouseLead)
  @Audit('warehouse.update', 'warehouse')
  @ApiOperation({ summary: 'Change a warehouse’s name, address, time zone or active flag (the code is fixed)' })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateWarehouseDto): Promise<WarehouseDto> {
    return toWarehouseDto(await this.warehouses.update(id, body));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles(Role.WarehouseLead)
  @Audit('warehouse.deactivate', 'warehouse')
  @ApiOperation({ summary: 'Deactivate a warehouse; no locations can be added to it until it is reactivated' })
  async deactivate(@Param('id', ParseUUIDPipe) id: string): Promise<WarehouseDto> {
    return toWarehouseDto(await this.warehouses.deactivate(id));
  }
}
