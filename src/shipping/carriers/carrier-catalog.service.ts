import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { JsonObject } from '../../common/database/json';
import { Transactions } from '../../common/database/transactions.service';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { ValidationFailedError } from '../../common/errors';
import { PartnerKind, PartnerService } from '../../identity';
import { MailClass } from '../customs/customs-forms';
import { CARRIER_SERVICE_CODE_UNIQUE, CarrierService, LabelFormat } from '../entities/carrier-service.entity';
import { Carrier, CARRIER_CODE_UNIQUE } from '../entities/carrier.entity';
import { carrierCodeTaken, carrierNotFound, carrierServiceNotFound, partnerNotCarrier, serviceCodeTaken, unknownAdapter } from '../shipping.errors';
import { CarrierAdapters } from './carrier-adapters';

export interface NewCarrierService {
  code: string;
  name: string;
  mailClass: MailClass;
  labelFormats: LabelFormat[];
  settings?: JsonObject;
}

export interface NewCarrier {
  code: string;
  name: string;
  adapter: string;
  trackingUrlTemplate: string;
  partnerId?: string | null;
  settings?: JsonObject;
  services: NewCarrierService[];
}

export type CarrierChanges = Partial<Pick<Carrier, 'name' | 'trackingUrlTemplate' | 'partnerId' | 'settings' | 'active'>>;
export type CarrierServiceChanges = Partial<Pick<CarrierService, 'name' | 'labelFormats' | 'settings' | 'active'>>;

export interface CarrierWithServices {
  carrier: Carrier;
  services: CarrierService[];
}

/** Carriers and their services as master data. */
@Injectable()
export class CarrierCatalogService {
  constructor(
    @InjectRepository(Carrier) private readonly carriers: Repository<Carrier>,
    @InjectRepository(CarrierService) private readonly services: Repository<CarrierService>,
    private readonly adapters: CarrierAdapters,
    private readonly partners: PartnerService,
    private readonly transactions: Transactions,
  ) {}

  async create(input: NewCarrier): Promise<CarrierWithServices> {
    if (!this.adapters.has(input.adapter)) throw unknownAdapter(input.adapter, this.adapters.keys());
    const repeated = input.services.findIndex((s, i) => input.services.findIndex((t) => t.code === s.code) !== i);
    if (repeated >= 0) throw new ValidationFailedError([{ field: `services[${repeated}].code`, message: `services[${repeated}].code repeats ${input.services[repeated].code}` }]);
    const settings = input.settings ?? {};
    this.checkSettings(input.adapter, settings, null);
    input.services.forEach((service, index) => this.checkSettings(input.adapter, settings, service.settings ?? {}, `services[${index}].`));
    if (input.partnerId) await this.checkPartner(input.partnerId);
    try {
      return await this.transactions.run(async (manager) => {
        const carrier = await manager.save(manager.create(Carrier, { ...input, partnerId: input.partnerId ?? null, settings, active: true }));
        const services = await Promise.all(input.services.map((service) => this.insertService(manager, carrier, service)));
        return { carrier, services };
      });
    } catch (error) {
      if (isUniqueViolation(error, CARRIER_CODE_UNIQUE)) throw carrierCodeTaken(input.code);
      throw error;
    }
  }

  list(): Promise<Carrier[]> {
    return this.carriers.find({ order: { code: 'ASC' } });
  }

  async get(id: string): Promise<Carrier> {
    const carrier = await this.carriers.findOneBy({ id });
    if (!carrier) throw carrierNotFound(id);
    return carrier;
  }

  async withServices(id: string): Promise<CarrierWithServices> {
    const carrier = await this.get(id);
    return { carrier, services: await this.services.find({ where: { carrierId: id }, order: { code: 'ASC' } }) };
  }

  async service(carrierId: string, code: string): Promise<CarrierService> {
    const service = await this.services.findOneBy({ carrierId, code: code.toUpperCase() });
    if (!service) throw carrierServiceNotFound(code);
    return service;
  }

  async update(id: string, changes: CarrierChanges): Promise<Carrier> {
    const carrier = await this.get(id);
    if (changes.settings) this.checkSettings(carrier.adapter, changes.settings, null);
    if (changes.partnerId) await this.checkPartner(changes.partnerId);
    return this.carriers.save(Object.assign(carrier, changes));
  }

  async addService(carrierId: string, input: NewCarrierService): Promise<CarrierService> {
    const carrier = await this.get(carrierId);
    this.checkSettings(carrier.adapter, carrier.settings, input.settings ?? {});
    try {
      return await this.insertService(this.services.manager, carrier, input);
    } catch (error) {
      if (isUniqueViolation(error, CARRIER_SERVICE_CODE_UNIQUE)) throw serviceCodeTaken(input.code);
      throw error;
    }
  }

  async updateService(carrierId: string, serviceId: string, changes: CarrierServiceChanges): Promise<CarrierService> {
    const carrier = await this.get(carrierId);
    const service = await this.services.findOneBy({ id: serviceId, carrierId });
    if (!service) throw carrierServiceNotFound(serviceId);
    if (changes.settings) this.checkSettings(carrier.adapter, carrier.settings, changes.settings);
    return this.services.save(Object.assign(service, changes));
  }

  /** Ids of the carriers whose parcels a partner's API keys may see. */
  async carrierIdsOfPartner(partnerId: string): Promise<string[]> {
    return (await this.carriers.find({ select: { id: true }, where: { partnerId } })).map((c) => c.id);
  }

  private insertService(manager: EntityManager, carrier: Carrier, input: NewCarrierService): Promise<CarrierService> {
    return manager.save(manager.create(CarrierService, { ...input, carrierId: carrier.id, settings: input.settings ?? {}, active: true }));
  }

  private checkSettings(adapter: string, carrierSettings: JsonObject, serviceSettings: JsonObject | null, prefix = ''): void {
    const problems = this.adapters.get(adapter).settingsProblems(carrierSettings, serviceSettings);
    if (problems.length) throw new ValidationFailedError(problems.map((p) => ({ ...p, field: `${prefix}${p.field}`, message: `${prefix}${p.message}` })));
  }

  private async checkPartner(partnerId: string): Promise<void> {
    const partner = await this.partners.get(partnerId);
    if (partner.kind !== PartnerKind.Carrier) throw partnerNotCarrier(partnerId, partner.kind);
  }
}
