import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { Page, paginate, parseSort } from '../../common/http/pagination';
import { InboundCartonContent } from '../entities/inbound-carton-content.entity';
import { InboundCarton, SsccSource } from '../entities/inbound-carton.entity';
import { InboundShipment } from '../entities/inbound-shipment.entity';
import { cartonsInvalid, shipmentNotEditable, ssccTaken } from '../inbound.errors';
import { EXPECTED_STATUSES, ShipmentStatus } from '../shipments/shipment.lifecycle';
import { ShipmentService } from '../shipments/shipment.service';
import { CartonChecker, CheckedCarton } from './carton-checker';
import { CartonQueryDto, CreateCartonDto } from './carton-input.dto';
import { CartonDraft, readPackingList } from './packing-list';
import { SsccGenerator } from './sscc.generator';

export interface CartonWithContents {
  carton: InboundCarton;
  contents: InboundCartonContent[];
}

/** Cartons may be declared until receiving starts. */
const OPEN_FOR_CARTONS: readonly ShipmentStatus[] = [...EXPECTED_STATUSES, ShipmentStatus.DeliveredToWarehouse];

@Injectable()
export class CartonService {
  constructor(
    @InjectRepository(InboundCarton) private readonly cartons: Repository<InboundCarton>,
    private readonly transactions: Transactions,
    private readonly shipments: ShipmentService,
    private readonly checker: CartonChecker,
    private readonly ssccs: SsccGenerator,
  ) {}

  async add(shipmentId: string, input: CreateCartonDto): Promise<CartonWithContents> {
    const draft: CartonDraft = {
      sscc: input.sscc ?? null, ssccField: 'sscc', grossWeightG: input.grossWeightG ?? null,
      contents: input.contents.map((c, i) => ({ field: `contents[${i}]`, sku: c.sku.trim().toUpperCase(), lot: c.lot ?? null, expiry: c.expiry ?? null, quantity: c.quantity })),
    };
    const [registered] = await this.register(shipmentId, [draft]);
    return registered;
  }

  /** A packing list in one go: any bad row refuses the whole file (422 with every row's errors), nothing half-imported. */
  async import(shipmentId: string, csv: string): Promise<CartonWithContents[]> {
    const { cartons, errors } = readPackingList(csv);
    if (errors.length) throw cartonsInvalid(errors);
    return this.register(shipmentId, cartons);
  }

  async list(shipmentId: string, query: CartonQueryDto): Promise<Page<CartonWithContents>> {
    await this.shipments.get(shipmentId);
    const page = await paginate(this.cartons.createQueryBuilder('c').where('c.shipmentId = :shipmentId', { shipmentId }), parseSort(undefined, { createdAt: 'createdAt' }, 'c', 'createdAt'), query);
    const contents = await this.contentsOf(this.cartons.manager, page.items.map((c) => c.id));
    return { ...page, items: page.items.map((carton) => ({ carton, contents: contents.filter((c) => c.cartonId === carton.id) })) };
  }

  /** Cartons of a shipment in registration order, optionally only some SSCCs (for labels). */
  async allOf(shipmentId: string, ssccs?: string[]): Promise<CartonWithContents[]> {
    const cartons = await this.cartons.find({ where: { shipmentId, ...(ssccs ? { sscc: In(ssccs) } : {}) }, order: { createdAt: 'ASC', sscc: 'ASC' } });
    const contents = await this.contentsOf(this.cartons.manager, cartons.map((c) => c.id));
    return cartons.map((carton) => ({ carton, contents: contents.filter((c) => c.cartonId === carton.id) }));
  }

  private async register(shipmentId: string, drafts: CartonDraft[]): Promise<CartonWithContents[]> {
    try {
      return await this.transactions.run(async (manager) => {
        const shipment = await this.shipments.lock(manager, shipmentId);
        if (!OPEN_FOR_CARTONS.includes(shipment.status)) throw shipmentNotEditable(shipment.number, shipment.status);
        const productIds = new Set((await this.shipments.linesOf(shipment.id, manager)).map((l) => l.productId));
        const checked = await this.checker.check(manager, productIds, drafts);
        return this.insert(manager, shipment, checked);
      });
    } catch (error) {
      // Another upload registered the same supplier SSCC between our check and our insert.
      if (isUniqueViolation(error, 'uq_inbound_carton_sscc')) throw ssccTaken(drafts.map((d) => d.sscc).filter(Boolean).join(', '));
      throw error;
    }
  }

  private async insert(manager: EntityManager, shipment: InboundShipment, checked: CheckedCarton[]): Promise<CartonWithContents[]> {
    const generated = await this.ssccs.next(manager, checked.filter((c) => !c.sscc).length);
    const cartons = checked.map((c) =>
      manager.create(InboundCarton, {
        shipmentId: shipment.id, sscc: c.sscc ?? generated.shift()!, source: c.sscc ? SsccSource.Supplied : SsccSource.Generated, grossWeightG: c.grossWeightG,
      }),
    );
    await manager.save(cartons, { chunk: 500 });
    const contents = cartons.flatMap((carton, i) =>
      checked[i].contents.map((content, lineNo) => manager.create(InboundCartonContent, { ...content, cartonId: carton.id, lineNo: lineNo + 1 })),
    );
    await manager.save(contents, { chunk: 500 });
    return cartons.map((carton) => ({ carton, contents: contents.filter((c) => c.cartonId === carton.id) }));
  }

  private contentsOf(manager: EntityManager, cartonIds: string[]): Promise<InboundCartonContent[]> {
    return cartonIds.length ? manager.find(InboundCartonContent, { where: { cartonId: In(cartonIds) }, order: { lineNo: 'ASC' } }) : Promise.resolve([]);
  }
}
