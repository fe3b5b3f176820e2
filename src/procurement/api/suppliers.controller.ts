import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { Audit, Role, Roles } from '../../identity';
import { SupplierProductService } from '../services/supplier-product.service';
import { SupplierService } from '../services/supplier.service';
import {
  CreateSupplierProductDto, SupplierProductDto, SupplierProductPageDto, SupplierProductQueryDto, toSupplierProductDto,
} from './supplier-product.dto';
import { CreateSupplierDto, SupplierDto, SupplierPageDto, SupplierQueryDto, toSupplierDto, UpdateSupplierDto } from './supplier.dto';

@ApiTags('suppliers')
@Controller('suppliers')
@Roles(Role.Procurement, Role.ProcurementManager)
export class SuppliersController {
  constructor(
    private readonly suppliers: SupplierService,
    private readonly items: SupplierProductService,
  ) {}

  @Post()
  @Audit('supplier.create', 'supplier')
  @ApiOperation({ summary: 'Register a supplier with its addresses, contacts, default currency, incoterm and payment terms' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SUPPLIER_CODE_TAKEN` or `PARTNER_ALREADY_LINKED`' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PARTNER_NOT_SUPPLIER`' })
  async create(@Body() body: CreateSupplierDto): Promise<SupplierDto> {
    return toSupplierDto(await this.suppliers.create(body));
  }

  @Get()
  @ApiOperation({ summary: 'Search suppliers by code or name (English or Chinese)' })
  async list(@Query() query: SupplierQueryDto): Promise<SupplierPageDto> {
    const page = await this.suppliers.list(query);
    return { ...page, items: page.items.map(toSupplierDto) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a supplier' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SupplierDto> {
    return toSupplierDto(await this.suppliers.get(id));
  }

  @Patch(':id')
  @Audit('supplier.update', 'supplier')
  @ApiOperation({ summary: 'Change a supplier (not its code); `contacts` replaces the list; send `version` to detect concurrent edits' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SUPPLIER_VERSION_CONFLICT` or `PARTNER_ALREADY_LINKED`' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PARTNER_NOT_SUPPLIER`' })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateSupplierDto): Promise<SupplierDto> {
    return toSupplierDto(await this.suppliers.update(id, body));
  }

  @Post(':id/products')
  @Audit('supplier_product.create', 'supplier_product')
  @ApiOperation({ summary: 'Add a product the supplier sells: their item code and name, price, MOQ, carton, lead time' })
  @ApiConflictResponse({ type: ProblemDto, description: '`SUPPLIER_PRODUCT_EXISTS`' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`PRODUCT_NOT_FOUND`' })
  async addProduct(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateSupplierProductDto): Promise<SupplierProductDto> {
    return toSupplierProductDto(await this.items.create(id, body));
  }

  @Get(':id/products')
  @ApiOperation({ summary: 'List the products a supplier sells' })
  async listProducts(@Param('id', ParseUUIDPipe) id: string, @Query() query: SupplierProductQueryDto): Promise<SupplierProductPageDto> {
    const page = await this.items.listForSupplier(id, query);
    return { ...page, items: page.items.map(toSupplierProductDto) };
  }
}
