import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository, SelectQueryBuilder } from 'typeorm';
import { isValidGtin, normalizeGtin, normalizeHsCode } from '../../common/codes';
import { Transactions } from '../../common/database/transactions.service';
import { ValidationFailedError } from '../../common/errors';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { gtinTaken, productNotFound, productVersionConflict, skuTaken } from '../catalog.errors';
import { Product, PRODUCT_GTIN_UNIQUE, PRODUCT_SKU_UNIQUE } from '../entities/product.entity';
import { canonicalGtin, normalizeHsCodeMap, productRuleViolations } from './product-rules';

export interface NewProduct {
  sku: string;
  nameEn: string;
  nameZh?: string | null;
  gtin?: string | null;
  hsCode: string;
  hsCodes?: Record<string, string>;
  countryOfOrigin: string;
  netWeightG: number;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  customsDescription: string;
  customsDescriptionZh?: string | null;
  declaredValueMinor: number;
  declaredValueCurrency: string;
  lotTracked?: boolean;
  expiryTracked?: boolean;
}

export type ProductFields = Omit<NewProduct, 'sku'>;

export interface ProductChanges extends Partial<ProductFields> {
  /** The version the caller read; a different current version means a concurrent edit. */
  version?: number;
}

export interface ProductQuery extends PageQueryDto {
  q?: string;
  active?: boolean;
  countryOfOrigin?: string;
  hsCode?: string;
  lotTracked?: boolean;
  sort?: string;
}

const SORTABLE = { sku: 'sku', nameEn: 'nameEn', createdAt: 'createdAt', updatedAt: 'updatedAt' };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** Brings codes to their stored form; fields left out (or `undefined`) stay out. */
function normalized<T extends Partial<NewProduct>>(input: T): T {
  const out = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;
  if (out.sku !== undefined) out.sku = out.sku.trim().toUpperCase();
  if (out.gtin !== undefined && out.gtin !== null) out.gtin = canonicalGtin(out.gtin.trim());
  if (out.hsCode !== undefined) out.hsCode = normalizeHsCode(out.hsCode);
  if (out.hsCodes !== undefined) out.hsCodes = normalizeHsCodeMap(out.hsCodes);
  if (out.countryOfOrigin !== undefined) out.countryOfOrigin = out.countryOfOrigin.toUpperCase();
  if (out.declaredValueCurrency !== undefined) out.declaredValueCurrency = out.declaredValueCurrency.toUpperCase();
  return out;
}

function assertProductRules(product: Product): void {
  const errors = productRuleViolations(product);
  if (errors.length) throw new ValidationFailedError(errors);
}

/** Turns a lost race on a unique index into the same conflict the caller would get without the race. */
function asConflict(error: unknown, product: Product): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const { code, constraint } = error.driverError as { code?: string; constraint?: string };
  if (code !== '23505') return error;
  if (constraint === PRODUCT_SKU_UNIQUE) return skuTaken(product.sku);
  if (constraint === PRODUCT_GTIN_UNIQUE && product.gtin) return gtinTaken(product.gtin);
  return error;
}

function applySearch(qb: SelectQueryBuilder<Product>, q: string): void {
  const matches = ['p.sku LIKE :skuPrefix', 'p.nameEn ILIKE :namePart', 'p.nameZh ILIKE :namePart'];
  const params: Record<string, string> = { skuPrefix: `${escapeLike(q.toUpperCase())}%`, namePart: `%${escapeLike(q)}%` };
  if (isValidGtin(q)) {
    matches.push('p.gtin = :gtin');
    params.gtin = normalizeGtin(q);
  }
  qb.andWhere(`(${matches.join(' OR ')})`, params);
}

@Injectable()
export class ProductService {
  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    private readonly transactions: Transactions,
  ) {}

  async create(input: NewProduct): Promise<Product> {
    const product = this.products.create({
      nameZh: null, gtin: null, hsCodes: {}, customsDescriptionZh: null, lotTracked: false, expiryTracked: false,
      ...normalized(input),
      active: true,
    });
    assertProductRules(product);
    return this.save(this.products, product);
  }

  async get(id: string): Promise<Product> {
    const product = await this.products.findOneBy({ id });
    if (!product) throw productNotFound(id);
    return product;
  }

  async getBySku(sku: string): Promise<Product> {
    const product = await this.products.findOneBy({ sku: sku.trim().toUpperCase() });
    if (!product) throw productNotFound(sku);
    return product;
  }

  /** Resolves what a scanner read: a GTIN in any length first, else a SKU. Inactive products are found too. */
  async lookup(code: string): Promise<Product> {
    const scanned = code.trim();
    const byGtin = isValidGtin(scanned) ? await this.products.findOneBy({ gtin: normalizeGtin(scanned) }) : null;
    return byGtin ?? this.getBySku(scanned);
  }

  list(query: ProductQuery): Promise<Page<Product>> {
    const qb = this.products.createQueryBuilder('p');
    const q = query.q?.trim();
    if (q) applySearch(qb, q);
    if (query.active !== undefined) qb.andWhere('p.active = :active', { active: query.active });
    if (query.countryOfOrigin) qb.andWhere('p.countryOfOrigin = :country', { country: query.countryOfOrigin.toUpperCase() });
    if (query.hsCode) qb.andWhere('p.hsCode LIKE :hsPrefix', { hsPrefix: `${escapeLike(query.hsCode)}%` });
    if (query.lotTracked !== undefined) qb.andWhere('p.lotTracked = :lotTracked', { lotTracked: query.lotTracked });
    return paginate(qb, parseSort(query.sort, SORTABLE, 'p', 'sku'), query);
  }

  /** Partial update; the rules are checked again on the merged record because they span fields. */
  update(id: string, changes: ProductChanges): Promise<Product> {
    const { version, ...fields } = changes;
    return this.modify(id, version, (product) => {
      Object.assign(product, normalized(fields));
      assertProductRules(product);
    });
  }

  /** Retires a product. Rows are never deleted: stock, orders and declarations keep referring to them. */
  deactivate(id: string): Promise<Product> {
    return this.modify(id, undefined, (product) => {
      product.active = false;
    });
  }

  reactivate(id: string): Promise<Product> {
    return this.modify(id, undefined, (product) => {
      product.active = true;
    });
  }

  /** Locks the row so that the version check and the write see the same state. */
  private modify(id: string, expectedVersion: number | undefined, change: (product: Product) => void): Promise<Product> {
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(Product);
      const product = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!product) throw productNotFound(id);
      if (expectedVersion !== undefined && expectedVersion !== product.version) {
        throw productVersionConflict(id, expectedVersion, product.version);
      }
      change(product);
      return this.save(repository, product);
    });
  }

  private async save(repository: Repository<Product>, product: Product): Promise<Product> {
    try {
      return await repository.save(product);
    } catch (error) {
      throw asConflict(error, product);
    }
  }
}
