import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { PartnerKind, PartnerService } from '../../identity';
import { Supplier, SUPPLIER_CODE_UNIQUE, SUPPLIER_PARTNER_UNIQUE, SupplierContact } from '../entities/supplier.entity';
import { partnerAlreadyLinked, partnerNotSupplier, supplierCodeTaken, supplierNotFound, supplierVersionConflict } from '../procurement.errors';
import { Incoterm } from './incoterms';

/** A contact as given: only the name is required. */
export type NewSupplierContact = Pick<SupplierContact, 'name'> & Partial<Omit<SupplierContact, 'name'>>;

export interface NewSupplier {
  code: string;
  legalNameEn: string;
  legalNameZh?: string | null;
  country: string;
  addressLine1: string;
  addressLine2?: string | null;
  city: string;
  region?: string | null;
  postcode?: string | null;
  contacts?: NewSupplierContact[];
  defaultCurrency: string;
  defaultIncoterm: Incoterm;
  defaultIncotermPlace: string;
  paymentTerms: string;
  leadTimeDays: number;
  partnerId?: string | null;
}

export interface SupplierChanges extends Partial<Omit<NewSupplier, 'code'>> {
  active?: boolean;
  /** The version the caller read; a different current version means a concurrent edit. */
  version?: number;
}

export interface SupplierQuery extends PageQueryDto {
  q?: string;
  active?: boolean;
  country?: string;
  sort?: string;
}

const SORTABLE = { code: 'code', legalNameEn: 'legalNameEn', createdAt: 'createdAt' };

/** Contacts as stored: every field present, empty ones null. */
function normalizedContacts(contacts: NewSupplierContact[]): SupplierContact[] {
  return contacts.map((c) => ({ name: c.name, email: c.email?.toLowerCase() ?? null, phone: c.phone ?? null, wechatId: c.wechatId ?? null }));
}

@Injectable()
export class SupplierService {
  constructor(
    @InjectRepository(Supplier) private readonly suppliers: Repository<Supplier>,
    private readonly partners: PartnerService,
    private readonly transactions: Transactions,
  ) {}

  async create(input: NewSupplier): Promise<Supplier> {
    const code = input.code.trim().toUpperCase();
    if (input.partnerId) await this.assertSupplierPartner(input.partnerId);
    const supplier = this.suppliers.create({
      ...input,
      code,
      legalNameZh: input.legalNameZh ?? null,
      addressLine2: input.addressLine2 ?? null,
      region: input.region ?? null,
      postcode: input.postcode ?? null,
      contacts: normalizedContacts(input.contacts ?? []),
      partnerId: input.partnerId ?? null,
      active: true,
    });
    return this.save(this.suppliers, supplier);
  }

  async get(id: string): Promise<Supplier> {
    const supplier = await this.suppliers.findOneBy({ id });
    if (!supplier) throw supplierNotFound(id);
    return supplier;
  }

  /** The supplier a partner's API key acts for, if the partner is linked to one. */
  findByPartner(partnerId: string): Promise<Supplier | null> {
    return this.suppliers.findOneBy({ partnerId });
  }

  list(query: SupplierQuery): Promise<Page<Supplier>> {
    const qb = this.suppliers.createQueryBuilder('s');
    const q = query.q?.trim();
    if (q) {
      const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere('(s.code ILIKE :like OR s.legalNameEn ILIKE :like OR s.legalNameZh ILIKE :like)', { like });
    }
    if (query.active !== undefined) qb.andWhere('s.active = :active', { active: query.active });
    if (query.country) qb.andWhere('s.country = :country', { country: query.country });
    return paginate(qb, parseSort(query.sort, SORTABLE, 's', 'code'), query);
  }

  async update(id: string, changes: SupplierChanges): Promise<Supplier> {
    const { version, contacts, ...fields } = changes;
    // Checked before the transaction: the partner service reads through its own connection.
    if (fields.partnerId) await this.assertSupplierPartner(fields.partnerId);
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(Supplier);
      const supplier = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!supplier) throw supplierNotFound(id);
      if (version !== undefined && version !== supplier.version) throw supplierVersionConflict(id, version, supplier.version);
      Object.assign(supplier, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
      if (contacts !== undefined) supplier.contacts = normalizedContacts(contacts);
      return this.save(repository, supplier);
    });
  }

  private async assertSupplierPartner(partnerId: string): Promise<void> {
    const partner = await this.partners.get(partnerId);
    if (partner.kind !== PartnerKind.Supplier) throw partnerNotSupplier(partnerId, partner.kind);
  }

  private async save(repository: Repository<Supplier>, supplier: Supplier): Promise<Supplier> {
    try {
      return await repository.save(supplier);
    } catch (error) {
      // A concurrent insert won the race past the unique index: answer as if it had come first.
      if (isUniqueViolation(error, SUPPLIER_CODE_UNIQUE)) throw supplierCodeTaken(supplier.code);
      if (isUniqueViolation(error, SUPPLIER_PARTNER_UNIQUE) && supplier.partnerId) throw partnerAlreadyLinked(supplier.partnerId);
      throw error;
    }
  }
}
