import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Access, Audit, Role, Roles, Scope } from '../../identity';
import { KitService } from '../services/kit.service';
import { KitDto, SetKitComponentsDto, toKitDto } from './kit.dto';

@ApiTags('products')
@Controller('products/:id/components')
export class KitComponentsController {
  constructor(private readonly kits: KitService) {}

  @Get()
  @Access({ roles: [], scopes: [Scope.CatalogRead] })
  @ApiOperation({ summary: 'Get the components of a kit (an empty list for an ordinary product)' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<KitDto> {
    return toKitDto(await this.kits.get(id));
  }

  @Put()
  @Roles(Role.Procurement, Role.ProcurementManager)
  @Audit('product.set_components', 'product')
  @ApiOperation({ summary: 'Define a kit: replace its components and quantities per kit' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`KIT_COMPONENT_INVALID`: unknown, repeated or nested component, or the kit itself' })
  @ApiConflictResponse({ type: ProblemDto, description: '`KIT_IS_COMPONENT`: the product is a component of another kit' })
  async set(@Param('id', ParseUUIDPipe) id: string, @Body() body: SetKitComponentsDto): Promise<KitDto> {
    return toKitDto(await this.kits.setComponents(id, body.components));
  }
}
