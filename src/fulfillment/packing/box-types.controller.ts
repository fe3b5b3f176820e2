import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, Role, Roles } from '../../identity';
import { BoxTypeDto, BoxTypePageDto, BoxTypeQueryDto, CreateBoxTypeDto, toBoxTypeDto, UpdateBoxTypeDto } from './box-type.dto';
import { BoxTypeService } from './box-type.service';

@ApiTags('packing')
@Controller('box-types')
export class BoxTypesController {
  constructor(private readonly boxTypes: BoxTypeService) {}

  @Post()
  @Roles(Role.WarehouseLead)
  @Audit('box_type.create', 'box_type')
  @ApiOperation({ summary: 'Add a box type: inner dimensions, tare weight and maximum gross weight' })
  @ApiConflictResponse({ type: ProblemDto, description: '`BOX_TYPE_CODE_TAKEN`' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`BOX_TYPE_WEIGHTS_INVALID`: the maximum gross weight must exceed the tare' })
  async create(@Body() body: CreateBoxTypeDto): Promise<BoxTypeDto> {
    return toBoxTypeDto(await this.boxTypes.create(body));
  }

  @Get()
  @Roles()
  @ApiOperation({ summary: 'List box types' })
  async list(@Query() query: BoxTypeQueryDto): Promise<BoxTypePageDto> {
    const page = await this.boxTypes.list(query);
    return { ...page, items: page.items.map(toBoxTypeDto) };
  }

  @Get(':id')
  @Roles()
  @ApiOperation({ summary: 'Get a box type' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<BoxTypeDto> {
    return toBoxTypeDto(await this.boxTypes.get(id));
  }

  @Patch(':id')
  @Roles(Role.WarehouseLead)
  @Audit('box_type.update', 'box_type')
  @ApiOperation({ summary: 'Change a box type (not its code); `active: false` retires it. Parcels already packed keep their figures' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`BOX_TYPE_WEIGHTS_INVALID`' })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateBoxTypeDto): Promise<BoxTypeDto> {
    return toBoxTypeDto(await this.boxTypes.update(id, body));
  }
}
