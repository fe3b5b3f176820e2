import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Access, Audit, Role, Roles, Scope } from '../../identity';
import { ProductService } from '../services/product.service';
import { CreateProductDto, UpdateProductDto } from './product-input.dto';
import { ProductLookupQueryDto, ProductQueryDto } from './product-query.dto';
import { ProductDto, ProductPageDto, toProductDto } from './product.dto';

/** Every signed-in user, and partners allowed to read the catalogue (the shop, carriers building customs documents). */
const Readers = () => Access({ roles: [], scopes: [Scope.CatalogRead] });
/** Admin always passes. */
const Writers = () => Roles(Role.Procurement, Role.ProcurementManager);

@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductService) {}

  @Post()
  @Writers()
  @Audit('product.create', 'product')
  @ApiOperation({ summary: 'Create a product (SKU, names, GTIN, HS codes, origin, weight, dimensions, customs data)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'SKU_TAKEN or GTIN_TAKEN' })
  async create(@Body() body: CreateProductDto): Promise<ProductDto> {
    return toProductDto(await this.products.create(body));
  }

  @Get()
  @Readers()
  @ApiOperation({ summary: 'Search products by SKU prefix, GTIN or name, with filters' })
  async list(@Query() query: ProductQueryDto): Promise<ProductPageDto> {
    const page = await this.products.list(query);
    return { ...page, items: page.items.map(toProductDto) };
  }

  @Get('lookup')
  @Readers()
  @ApiOperation({ summary: 'Find the product for a scanned code: a GTIN in any of its lengths, or a SKU' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async lookup(@Query() query: ProductLookupQueryDto): Promise<ProductDto> {
    return toProductDto(await this.products.lookup(query.code));
  }

  @Get(':id')
  @Readers()
  @ApiOperation({ summary: 'Get a product' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ProductDto> {
    return toProductDto(await this.products.get(id));
  }

  @Patch(':id')
  @Writers()
  @Audit('product.update', 'product')
  @ApiOperation({ summary: 'Change some fields of a product; send `version` to be refused if someone else changed it first' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'PRODUCT_VERSION_CONFLICT or GTIN_TAKEN' })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateProductDto): Promise<ProductDto> {
    return toProductDto(await this.products.update(id, body));
  }

  @Delete(':id')
  @HttpCode(200)
  @Writers()
  @Audit('product.deactivate', 'product')
  @ApiOperation({ summary: 'Deactivate a product (it is kept, not removed, because stock and orders refer to it)' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async deactivate(@Param('id', ParseUUIDPipe) id: string): Promise<ProductDto> {
    return toProductDto(await this.products.deactivate(id));
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Writers()
  @Audit('product.reactivate', 'product')
  @ApiOperation({ summary: 'Make a deactivated product active again' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async reactivate(@Param('id', ParseUUIDPipe) id: string): Promise<ProductDto> {
    return toProductDto(await this.products.reactivate(id));
  }
}
