import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, CurrentActor, Role, Roles, UserActor } from '../../identity';
import { PlanningPolicyService } from '../services/planning-policy.service';
import {
  EffectivePolicyDto, EffectivePolicyQueryDto, PolicyDto, ProductCategoryDto, PutPolicyDto, PutProductCategoryDto, toPolicyDto,
} from './policy.dto';

@ApiTags('planning')
@Controller('planning')
@Roles(Role.ProcurementManager)
export class PlanningPoliciesController {
  constructor(private readonly policies: PlanningPolicyService) {}

  @Get('policies')
  @ApiOperation({ summary: 'List planning policies (global, per warehouse, category, product)' })
  async list(): Promise<PolicyDto[]> {
    return (await this.policies.list()).map(toPolicyDto);
  }

  @Get('policies/effective')
  @ApiOperation({ summary: 'The settings that apply to a product in a warehouse after resolution' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PLANNING_REFERENCE_NOT_FOUND`' })
  effective(@Query() query: EffectivePolicyQueryDto): Promise<EffectivePolicyDto> {
    return this.policies.effective(query.productId, query.warehouseId);
  }

  @Put('policies')
  @Audit('planning_policy.put', 'planning_policy')
  @ApiOperation({ summary: 'Create or replace the policy of a scope (product or category, optionally per warehouse, or global)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PLANNING_REFERENCE_NOT_FOUND`' })
  async put(@Body() body: PutPolicyDto, @CurrentActor() actor: UserActor): Promise<PolicyDto> {
    return toPolicyDto(await this.policies.put(body, actor));
  }

  @Delete('policies/:id')
  @HttpCode(204)
  @Audit('planning_policy.delete', 'planning_policy')
  @ApiOperation({ summary: 'Delete a policy; its scope then inherits every setting' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.policies.remove(id);
  }

  @Put('product-categories/:productId')
  @Audit('planning_category.put', 'product')
  @ApiOperation({ summary: 'Put a product in a planning category (null: none), so category policies apply to it' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PLANNING_REFERENCE_NOT_FOUND`' })
  setCategory(@Param('productId', ParseUUIDPipe) productId: string, @Body() body: PutProductCategoryDto, @CurrentActor() actor: UserActor): Promise<ProductCategoryDto> {
    return this.policies.setCategory(productId, body.category ?? null, actor);
  }
}
