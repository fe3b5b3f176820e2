import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, Role, Roles } from '../../identity';
import { CarrierCatalogService } from '../carriers/carrier-catalog.service';
import { CarrierDto, CarrierServiceDto, CarrierServiceInputDto, CreateCarrierDto, toCarrierDto, toCarrierServiceDto, UpdateCarrierDto, UpdateCarrierServiceDto } from './carrier.dto';

const Editors = () => Roles(Role.Logistics);
const Readers = () => Roles(Role.Logistics, Role.WarehouseLead, Role.Warehouse);
const SETTINGS_PROBLEMS = { type: ProblemDto, description: '`CARRIER_ADAPTER_UNKNOWN`, `PARTNER_NOT_CARRIER`' };

@ApiTags('carriers')
@Controller('carriers')
export class CarriersController {
  constructor(private readonly catalog: CarrierCatalogService) {}

  @Post()
  @Editors()
  @Audit('carrier.create', 'carrier')
  @ApiOperation({ summary: 'Register a carrier with its services; its adapter checks the settings it needs' })
  @ApiConflictResponse({ type: ProblemDto, description: '`CARRIER_CODE_TAKEN`, `CARRIER_SERVICE_CODE_TAKEN`' })
  @ApiUnprocessableEntityResponse(SETTINGS_PROBLEMS)
  async create(@Body() body: CreateCarrierDto): Promise<CarrierDto> {
    const { carrier, services } = await this.catalog.create(body);
    return toCarrierDto(carrier, services);
  }

  @Get()
  @Readers()
  @ApiOperation({ summary: 'List carriers by code' })
  async list(): Promise<CarrierDto[]> {
    return (await this.catalog.list()).map((c) => toCarrierDto(c));
  }

  @Get(':id')
  @Readers()
  @ApiOperation({ summary: 'A carrier with its services' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<CarrierDto> {
    const { carrier, services } = await this.catalog.withServices(id);
    return toCarrierDto(carrier, services);
  }

  @Patch(':id')
  @Editors()
  @Audit('carrier.update', 'carrier')
  @ApiOperation({ summary: 'Change a carrier: name, tracking URL, partner, settings, or deactivate it' })
  @ApiUnprocessableEntityResponse(SETTINGS_PROBLEMS)
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateCarrierDto): Promise<CarrierDto> {
    const carrier = await this.catalog.update(id, body);
    return toCarrierDto(carrier, (await this.catalog.withServices(id)).services);
  }

  @Post(':id/services')
  @Editors()
  @Audit('carrier_service.create', 'carrier')
  @ApiOperation({ summary: 'Add a service to a carrier' })
  @ApiConflictResponse({ type: ProblemDto, description: '`CARRIER_SERVICE_CODE_TAKEN`' })
  async addService(@Param('id', ParseUUIDPipe) id: string, @Body() body: CarrierServiceInputDto): Promise<CarrierServiceDto> {
    return toCarrierServiceDto(await this.catalog.addService(id, body));
  }

  @Patch(':id/services/:serviceId')
  @Editors()
  @Audit('carrier_service.update', 'carrier')
  @ApiOperation({ summary: "Change a carrier service's name, label formats or settings, or deactivate it" })
  async updateService(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('serviceId', ParseUUIDPipe) serviceId: string,
    @Body() body: UpdateCarrierServiceDto,
  ): Promise<CarrierServiceDto> {
    return toCarrierServiceDto(await this.catalog.updateService(id, serviceId, body));
  }
}
