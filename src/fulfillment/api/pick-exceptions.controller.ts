import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, CurrentActor, Role, Roles, UserActor } from '../../identity';
import { ShortPickService } from '../picking/short-pick.service';
import {
  ConfirmShortPickDto, PickExceptionPageDto, PickExceptionQueryDto, ShortPickConfirmationDto, toConfirmationDto, toPickExceptionDto,
} from './pick-list.dto';

@ApiTags('picking')
@Controller('pick-exceptions')
export class PickExceptionsController {
  constructor(private readonly shortPicks: ShortPickService) {}

  @Get()
  @Roles(Role.WarehouseLead, Role.Logistics)
  @ApiOperation({ summary: 'List short picks, e.g. the open ones waiting for a lead' })
  async list(@Query() query: PickExceptionQueryDto): Promise<PickExceptionPageDto> {
    const page = await this.shortPicks.list(query);
    return { ...page, items: page.items.map(toPickExceptionDto) };
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Roles(Role.WarehouseLead)
  @Audit('pick_exception.confirm', 'pick_exception')
  @ApiOperation({ summary: 'Confirm a short pick: adjust the bin to the count, then allocate the missing units again or backorder' })
  @ApiConflictResponse({ type: ProblemDto, description: '`PICK_EXCEPTION_CONFIRMED`' })
  async confirm(@Param('id', ParseUUIDPipe) id: string, @Body() body: ConfirmShortPickDto, @CurrentActor() actor: UserActor): Promise<ShortPickConfirmationDto> {
    return toConfirmationDto(await this.shortPicks.confirm(id, body.counted ?? 0, actor));
  }
}
