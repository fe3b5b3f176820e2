import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { ProductService } from '../../catalog';
import { Transactions } from '../../common/database/transactions.service';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { ConflictError } from '../../common/errors';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import {
  PREFERRED_SUPPLIER_UNIQUE, SUPPLIER_ITEM_CODE_UNIQUE, SUPPLIER_PRODUCT_UNIQUE, SupplierProduct,
} from '../entities/supplier-product.entity';
import { supplierProductExists, supplierProductNotFound } from '../procurement.errors';
import { requireProduct } from './references';
import { SupplierService } from './supplier.service';

export interface NewSupplierProduct {
  productId: string;
  supplierItemCode: string;
  supplierItemName: string;
  currency?: string;
  unitPriceMinor: number;
  moq?: number;
  unitsPerCarton?: number;
  cartonGrossWeightG?: number | null;
  cartonLengthMm?: number | null;
  cartonWidthMm?: number | null;
  cartonHeightMm?: number | null;
  leadTimeDays?: number | null;
  preferred?: boolean;
}

export type SupplierProductChanges = Partial<Omit<NewSupplierProduct, 'productId'>> & { active?: boolean };

export interface SupplierProductQuery extends PageQueryDto {
  active?: boolean;
  sort?: string;
}

const SORTABLE = { supplierItemCode: 'supplierItemCode', createdAt: 'createdAt' };

@Injectable()
export class SupplierProductService {
  constructor(
    @InjectRepository(SupplierProduct) private readonly items: Repository<SupplierProduct>,
    private readonly suppliers: SupplierService,
    private readonly products: ProductService,
    private readonly transactions: Transactions,
  ) {}

  async create(supplierId: string, input: NewSupplierProduct): Promise<SupplierProduct> {
    const supplier = await this.suppliers.get(supplierId);
    await requireProduct(this.products, input.productId, 'productId');
    return this.transactions.run(async (manager) => {
      const item = manager.create(SupplierProduct, {
        moq: 1, unitsPerCarton: 1, cartonGrossWeightG: null, cartonLengthMm: null, cartonWidthMm: null, cartonHeightMm: null,
        leadTimeDays: null, preferred: false,
        ...input,
        supplierId,
        currency: input.currency ?? supplier.defaultCurrency,
        active: true,
      });
      if (item.preferred) await this.clearPreferred(manager, item.productId);
      return this.save(manager, item);
    });
  }

  async get(id: string): Promise<SupplierProduct> {
    const item = await this.items.findOneBy({ id });
    if (!item) throw supplierProductNotFound(id);
    return item;
  }

  async listForSupplier(supplierId: string, query: SupplierProductQuery): Promise<Page<SupplierProduct>> {
    await this.suppliers.get(supplierId);
    const qb = this.items.createQueryBuilder('sp').where('sp.supplierId = :supplierId', { supplierId });
    if (query.active !== undefined) qb.andWhere('sp.active = :active', { active: query.active });
    return paginate(qb, parseSort(query.sort, SORTABLE, 'sp', 'supplierItemCode'), query);
  }

  /** Every supplier of a product, the preferred one first. */
  listForProduct(productId: string): Promise<SupplierProduct[]> {
    return this.items.find({ where: { productId }, order: { preferred: 'DESC', unitPriceMinor: 'ASC', id: 'ASC' } });
  }

  /** The supplier's active items for these products, by product id, read in the caller's transaction. */
  async activeItems(manager: EntityManager, supplierId: string, productIds: string[]): Promise<Map<string, SupplierProduct>> {
    if (!productIds.length) return new Map();
    const rows = await manager.findBy(SupplierProduct, { supplierId, productId: In([...new Set(productIds)]), active: true });
    return new Map(rows.map((r) => [r.productId, r]));
  }

  update(id: string, changes: SupplierProductChanges): Promise<SupplierProduct> {
    return this.transactions.run(async (manager) => {
      const item = await manager.findOne(SupplierProduct, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw supplierProductNotFound(id);
      if (changes.preferred && !item.preferred) await this.clearPreferred(manager, item.productId);
      Object.assign(item, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
      return this.save(manager, item);
    });
  }

  /**
   * Takes the preferred flag from the product's other suppliers. The rows are locked first, so two
   * requests making different suppliers preferred run one after the other and the later one wins.
   */
  private async clearPreferred(manager: EntityManager, productId: string): Promise<void> {
    await manager.createQueryBuilder(SupplierProduct, 'sp').setLock('pessimistic_write').where('sp.productId = :productId', { productId }).getMany();
    await manager.update(SupplierProduct, { productId, preferred: true }, { preferred: false });
  }

  private async save(manager: EntityManager, item: SupplierProduct): Promise<SupplierProduct> {
    try {
      return await manager.save(SupplierProduct, item);
    } catch (error) {
      if (isUniqueViolation(error, SUPPLIER_PRODUCT_UNIQUE)) throw supplierProductExists('productId', item.productId);
      if (isUniqueViolation(error, SUPPLIER_ITEM_CODE_UNIQUE)) throw supplierProductExists('supplierItemCode', item.supplierItemCode);
      if (isUniqueViolation(error, PREFERRED_SUPPLIER_UNIQUE)) {
        throw new ConflictError('PREFERRED_SUPPLIER_CHANGED', 'Another supplier was made preferred for this product at the same time; try again.');
      }
      throw error;
    }
  }
}
