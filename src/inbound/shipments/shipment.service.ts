import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { normalizeAwb } from '../../common/codes';
import { Transactions } from '../../common/database/transactions.service';
import { NotFoundError, UnprocessableError } from '../../common/errors';
import { PartnerKind, PartnerService, UserActor } from '../../identity';
import { WarehouseService } from '../../inventory';
import { actorFields } from '../common/actor-fields';
import { nextDocumentNumber } from '../common/document-numbers';
import { InboundCarton } from '../entities/inbound-carton.entity';
import { InboundShipmentEtaChange } from '../entities/inbound-shipment-eta-change.entity';
import { InboundShipmentEvent } from '../entities/inbound-shipment-event.entity';
import { InboundShipmentLine } from '../entities/inbound-shipment-line.entity';
import { InboundShipment } from '../entities/inbound-shipment.entity';
import { forwarderRequired, shipmentNotEditable, shipmentNotFound } from '../inbound.errors';
import { CreateShipmentDto, UpdateShipmentDto } from './shipment-input.dto';
import { ShipmentLinesBuilder } from './shipment-lines.builder';
import { checkTransportFacts } from './shipment-rules';
import { ShipmentView } from './shipment.dto';
import { EXPECTED_STATUSES, ShipmentStatus } from './shipment.lifecycle';

/** Creating, reading and correcting inbound shipments (ASNs). */
@Injectable()
export class ShipmentService {
  constructor(
    @InjectRepository(InboundShipment) private readonly shipments: Repository<InboundShipment>,
    private readonly transactions: Transactions,
    private readonly linesBuilder: ShipmentLinesBuilder,
    private readonly partners: PartnerService,
    private readonly warehouses: WarehouseService,
  ) {}

  async create(input: CreateShipmentDto, actor: UserActor): Promise<InboundShipment> {
    const transport = {
      mode: input.mode, containerNumbers: input.containerNumbers ?? [], airWaybill: input.airWaybill ? normalizeAwb(input.airWaybill) : null,
      vessel: input.vessel ?? null, voyage: input.voyage ?? null, flightNumber: input.flightNumber ?? null,
    };
    checkTransportFacts(transport);
    await this.checkForwarder(input.forwarderId);
    await this.referenced('warehouseId', () => this.warehouses.get(input.warehouseId));
    const eta = new Date(input.eta);
    return this.transactions.run(async (manager) => {
      const lines = await this.linesBuilder.build(manager, input.warehouseId, input.lines);
      const shipment = await manager.save(
        manager.create(InboundShipment, {
          ...transport, number: await nextDocumentNumber(manager, 'inbound_shipment_number_seq', 'ASN'), forwarderId: input.forwarderId,
          carrier: input.carrier ?? null, originPort: input.originPort, destinationPort: input.destinationPort,
          masterBillOfLading: input.masterBillOfLading ?? null, houseBillOfLading: input.houseBillOfLading ?? null,
          etd: input.etd ? new Date(input.etd) : null, eta, originalEta: eta, warehouseId: input.warehouseId,
          status: ShipmentStatus.Booked, createdById: actor.id, createdBy: actor.email,
        }),
      );
      await manager.insert(InboundShipmentLine, lines.map((l) => ({ ...l, shipmentId: shipment.id })));
      await manager.insert(InboundShipmentEvent, { shipmentId: shipment.id, milestone: ShipmentStatus.Booked, occurredAt: new Date(), location: null, ...actorFields(actor) });
      return shipment;
    });
  }

  async get(id: string): Promise<InboundShipment> {
    const shipment = await this.shipments.findOneBy({ id });
    if (!shipment) throw shipmentNotFound(id);
    return shipment;
  }

  /** A forwarder sees only its own shipments; any other is "not found", never "forbidden". */
  async getForForwarder(id: string, partnerId: string): Promise<InboundShipment> {
    const shipment = await this.shipments.findOneBy({ id });
    if (!shipment || shipment.forwarderId !== partnerId) throw shipmentNotFound(id);
    return shipment;
  }

  /** The shipment row locked for the rest of the transaction. */
  async lock(manager: EntityManager, id: string): Promise<InboundShipment> {
    const shipment = await manager.findOne(InboundShipment, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!shipment) throw shipmentNotFound(id);
    return shipment;
  }

  async view(idOrShipment: string | InboundShipment): Promise<ShipmentView> {
    const shipment = typeof idOrShipment === 'string' ? await this.get(idOrShipment) : idOrShipment;
    const manager = this.shipments.manager;
    const [lines, events, etaChanges, cartonCount] = await Promise.all([
      manager.find(InboundShipmentLine, { where: { shipmentId: shipment.id }, order: { lineNo: 'ASC' } }),
      manager.find(InboundShipmentEvent, { where: { shipmentId: shipment.id }, order: { recordedAt: 'ASC', milestone: 'ASC' } }),
      manager.find(InboundShipmentEtaChange, { where: { shipmentId: shipment.id }, order: { changedAt: 'ASC' } }),
      manager.count(InboundCarton, { where: { shipmentId: shipment.id } }),
    ]);
    return { shipment, lines, events, etaChanges, cartonCount };
  }

  linesOf(shipmentId: string, manager: EntityManager = this.shipments.manager): Promise<InboundShipmentLine[]> {
    return manager.find(InboundShipmentLine, { where: { shipmentId }, order: { lineNo: 'ASC' } });
  }

  /** Corrects transport facts while the goods are still on their way. */
  update(id: string, changes: UpdateShipmentDto): Promise<InboundShipment> {
    return this.transactions.run(async (manager) => {
      const shipment = await this.lock(manager, id);
      if (!EXPECTED_STATUSES.includes(shipment.status)) throw shipmentNotEditable(shipment.number, shipment.status);
      const { etd, airWaybill, ...rest } = changes;
      Object.assign(shipment, definedOnly(rest));
      if (airWaybill !== undefined) shipment.airWaybill = airWaybill === null ? null : normalizeAwb(airWaybill);
      if (etd !== undefined) shipment.etd = etd === null ? null : new Date(etd);
      checkTransportFacts(shipment);
      return manager.save(shipment);
    });
  }

  private async checkForwarder(partnerId: string): Promise<void> {
    const partner = await this.referenced('forwarderId', () => this.partners.get(partnerId));
    if (partner.kind !== PartnerKind.Forwarder) throw forwarderRequired(partnerId, partner.kind);
  }

  /** A reference in the body that points nowhere is the caller's mistake in that field: 422, not 404. */
  private async referenced<T>(field: string, find: () => Promise<T>): Promise<T> {
    try {
      return await find();
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      throw new UnprocessableError(error.code, error.message, [{ field, message: `${field} names nothing that exists` }]);
    }
  }
}

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
}
