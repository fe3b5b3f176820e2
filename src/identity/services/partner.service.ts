import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { Partner } from '../entities/partner.entity';
import { partnerCodeTaken } from '../identity.errors';
import { PartnerKind } from '../roles';

export interface NewPartner {
  code: string;
  name: string;
  kind: PartnerKind;
  contactEmail?: string | null;
}

export interface PartnerQuery extends PageQueryDto {
  kind?: PartnerKind;
  q?: string;
  sort?: string;
}

@Injectable()
export class PartnerService {
  constructor(@InjectRepository(Partner) private readonly partners: Repository<Partner>) {}

  async create(input: NewPartner): Promise<Partner> {
    const code = input.code.toUpperCase();
    if (await this.partners.existsBy({ code })) throw partnerCodeTaken(code);
    return this.partners.save(this.partners.create({ ...input, code, contactEmail: input.contactEmail ?? null, active: true }));
  }

  async get(id: string): Promise<Partner> {
    const partner = await this.partners.findOneBy({ id });
    if (!partner) throw new NotFoundError('partner', id);
    return partner;
  }

  async findByCode(code: string): Promise<Partner | null> {
    return this.partners.findOneBy({ code: code.toUpperCase() });
  }

  list(query: PartnerQuery): Promise<Page<Partner>> {
    const qb = this.partners.createQueryBuilder('p');
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.q) qb.andWhere('(p.code ILIKE :q OR p.name ILIKE :q)', { q: `%${query.q.replace(/[%_]/g, '\\$&')}%` });
    return paginate(qb, parseSort(query.sort, { code: 'code', name: 'name', createdAt: 'createdAt' }, 'p', 'code'), query);
  }

  async update(id: string, changes: Partial<Pick<Partner, 'name' | 'contactEmail' | 'active'>>): Promise<Partner> {
    const partner = await this.get(id);
    Object.assign(partner, changes);
    return this.partners.save(partner);
  }
}
