import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, Role, Roles } from '../../identity';
import { SupplierProductService } from '../services/supplier-product.service';
import { ProductSuppliersQueryDto, SupplierProductDto, toSupplierProductDto, UpdateSupplierProductDto } from './supplier-product.dto';

@ApiTags('suppliers')
@Controller('supplier-products')
@Roles(Role.Procurement, Role.ProcurementManager)
export class SupplierProductsController {
  constructor(private readonly items: SupplierProductService) {}

  @Get()
  @ApiOperation({ summary: 'List every supplier of a product, the preferred one first' })
  async listForProduct(@Query() query: ProductSuppliersQueryDto): Promise<SupplierProductDto[]> {
    return (await this.items.listForProduct(query.productId)).map(toSupplierProductDto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a supplier product' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SupplierProductDto> {
    return toSupplierProductDto(await this.items.get(id));
  }

  @Patch(':id')
  @Audit('supplier_product.update', 'supplier_product')
  @ApiOperation({ summary: 'Change a supplier product’s price, MOQ, carton, lead time, preferred or active flag' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SUPPLIER_PRODUCT_EXISTS` (item code) or `PREFERRED_SUPPLIER_CHANGED`' })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateSupplierProductDto): Promise<SupplierProductDto> {
    return toSupplierProductDto(await this.items.update(id, body));
  }
}
