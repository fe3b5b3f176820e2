import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, CurrentActor, Role, Roles, UserActor } from '../../identity';
import { WaveService } from '../waves/wave.service';
import { CreateWaveDto, toWaveDto, WaveDto } from './wave.dto';

const Planners = () => Roles(Role.WarehouseLead, Role.Logistics);

@ApiTags('waves')
@Controller('waves')
export class WavesController {
  constructor(private readonly waves: WaveService) {}

  @Post()
  @Planners()
  @Audit('wave.create', 'wave')
  @ApiOperation({ summary: 'Plan a wave: allocated orders of a warehouse, oldest first, up to a number of orders and pick lines' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`WAVE_EMPTY`: no allocated order matches' })
  async create(@Body() body: CreateWaveDto, @CurrentActor() actor: UserActor): Promise<WaveDto> {
    return toWaveDto(await this.waves.create(body, actor));
  }

  @Get(':id')
  @Roles(Role.WarehouseLead, Role.Logistics, Role.Warehouse)
  @ApiOperation({ summary: 'Get a wave with its orders and pick lists' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<WaveDto> {
    return toWaveDto(await this.waves.view(id));
  }

  @Post(':id/release')
  @HttpCode(200)
  @Planners()
  @Audit('wave.release', 'wave')
  @ApiOperation({ summary: 'Release a wave: create its pick lists (big orders alone, small ones batched into carts) and start picking' })
  @ApiConflictResponse({ type: ProblemDto, description: '`WAVE_NOT_PLANNED` (released already) or `NO_PACKING_LOCATION`' })
  async release(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: UserActor): Promise<WaveDto> {
    return toWaveDto(await this.waves.release(id, actor));
  }
}
