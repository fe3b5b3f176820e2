import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { Warehouse } from '../entities/warehouse.entity';
import { warehouseCodeTaken } from '../inventory.errors';
import { isUniqueViolation } from '../../common/database/unique-violation';

export interface NewWarehouse {
  code: string;
  name: string;
  addressLine1: string;
  addressLine2?: string | null;
  city: string;
  region?: string | null;
  postcode: string;
  country: string;
  timezone: string;
}

export type WarehouseChanges = Partial<Omit<NewWarehouse, 'code'> & { active: boolean }>;

export interface WarehouseQuery extends PageQueryDto {
  active?: boolean;
  country?: string;
  q?: string;
  sort?: string;
}

@Injectable()
export class WarehouseService {
  constructor(@InjectRepository(Warehouse) private readonly warehouses: Repository<Warehouse>) {}

  async create(input: NewWarehouse): Promise<Warehouse> {
    const code = input.code.toUpperCase();
    const warehouse = this.warehouses.create({
      ...input,
      code,
      country: input.country.toUpperCase(),
      addressLine2: input.addressLine2 ?? null,
      region: input.region ?? null,
      active: true,
    });
    if (await this.warehouses.existsBy({ code })) throw warehouseCodeTaken(code);
    try {
      return await this.warehouses.save(warehouse);
    } catch (error) {
      // Two simultaneous requests for one code both pass the check above; the unique index stops the second.
      if (isUniqueViolation(error, 'uq_warehouse_code')) throw warehouseCodeTaken(code);
      throw error;
    }
  }

  findByCode(code: string): Promise<Warehouse | null> {
    return this.warehouses.findOneBy({ code: code.toUpperCase() });
  }

  async get(id: string): Promise<Warehouse> {
    const warehouse = await this.warehouses.findOneBy({ id });
    if (!warehouse) throw new NotFoundError('warehouse', id);
    return warehouse;
  }

  list(query: WarehouseQuery): Promise<Page<Warehouse>> {
    const qb = this.warehouses.createQueryBuilder('w');
    if (query.active !== undefined) qb.andWhere('w.active = :active', { active: query.active });
    if (query.country) qb.andWhere('w.country = :country', { country: query.country.toUpperCase() });
    if (query.q) qb.andWhere('(w.code ILIKE :q OR w.name ILIKE :q)', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    return paginate(qb, parseSort(query.sort, { code: 'code', name: 'name', createdAt: 'createdAt' }, 'w', 'code'), query);
  }

  async update(id: string, changes: WarehouseChanges): Promise<Warehouse> {
    const warehouse = await this.get(id);
    Object.assign(warehouse, changes);
    if (changes.country) warehouse.country = changes.country.toUpperCase();
    return this.warehouses.save(warehouse);
  }

  deactivate(id: string): Promise<Warehouse> {
    return this.update(id, { active: false });
  }
}
