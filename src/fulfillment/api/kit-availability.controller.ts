import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Access, Scope } from '../../identity';
import { KitAvailabilityService } from '../kits/kit-availability.service';
import { KitAvailabilityDto } from './kit-availability.dto';

@ApiTags('outbound-orders')
@Controller('availability')
export class KitAvailabilityController {
  constructor(private readonly availability: KitAvailabilityService) {}

  @Get(':sku')
  @Access({ roles: [], scopes: [Scope.OrdersWrite, Scope.CatalogRead] })
  @ApiOperation({ summary: 'How many of a SKU can be promised; a kit only as far as every component is available' })
  @ApiNotFoundResponse({ type: ProblemDto })
  forSku(@Param('sku') sku: string): Promise<KitAvailabilityDto> {
    return this.availability.forSku(sku);
  }
}
