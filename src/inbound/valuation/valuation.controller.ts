import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '../../identity';
import { ValuationQueryDto, ValuationReportDto } from './valuation.dto';
import { ValuationService } from './valuation.service';

@ApiTags('landed cost')
@Controller('inventory-valuation')
export class ValuationController {
  constructor(private readonly valuation: ValuationService) {}

  @Get()
  @Roles(Role.ProcurementManager, Role.Logistics)
  @ApiOperation({ summary: 'Stock valuation as of now: on hand × weighted average landed cost, per warehouse, in the base currency' })
  report(@Query() query: ValuationQueryDto): Promise<ValuationReportDto> {
    return this.valuation.report(query.warehouseId);
  }
}
