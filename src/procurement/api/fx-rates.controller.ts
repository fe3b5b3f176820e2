import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { actorLabel, Audit, CurrentActor, Role, Roles, UserActor } from '../../identity';
import { FxRateService } from '../services/fx-rate.service';
import { FxRateDto, FxRateKeyDto, FxRatePageDto, FxRateQueryDto, PutFxRateDto, toFxRateDto } from './fx-rate.dto';

@ApiTags('fx-rates')
@Controller('fx-rates')
export class FxRatesController {
  constructor(private readonly rates: FxRateService) {}

  @Get()
  @Roles(Role.Procurement, Role.ProcurementManager)
  @ApiOperation({ summary: 'List exchange rates into the base currency, newest date first' })
  async list(@Query() query: FxRateQueryDto): Promise<FxRatePageDto> {
    const page = await this.rates.list(query);
    return { ...page, items: page.items.map((r) => toFxRateDto(r, this.rates.baseCurrency)) };
  }

  @Put(':currency/:date')
  @Roles(Role.Admin)
  @Audit('fx_rate.put', 'fx_rate')
  @ApiOperation({ summary: 'Set the rate of a currency into the base currency from a date on (replaces that date’s rate)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`FX_RATE_FOR_BASE_CURRENCY`' })
  async put(@Param() key: FxRateKeyDto, @Body() body: PutFxRateDto, @CurrentActor() actor: UserActor): Promise<FxRateDto> {
    return toFxRateDto(await this.rates.put(key.currency, key.date, body.rate, actorLabel(actor)), this.rates.baseCurrency);
  }
}
