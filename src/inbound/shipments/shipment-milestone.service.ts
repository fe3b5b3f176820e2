import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventPublisher } from '../../common/events';
import { Transactions } from '../../common/database/transactions.service';
import { AnyActor } from '../../identity';
import { actorFields } from '../common/actor-fields';
import { InboundShipmentEtaChange } from '../entities/inbound-shipment-eta-change.entity';
import { InboundShipmentEvent } from '../entities/inbound-shipment-event.entity';
import { InboundShipment } from '../entities/inbound-shipment.entity';
import { shipmentNotEditable, shipmentNotFound } from '../inbound.errors';
import { EtaChangeDto, MilestoneDto } from './shipment-input.dto';
import { EXPECTED_STATUSES, ShipmentAction, shipmentLifecycle, ShipmentStatus } from './shipment.lifecycle';
import { ShipmentService } from './shipment.service';

/** Set when a forwarder's key is calling: the shipment must be one of its own. */
export type ForwarderScope = { partnerId: string } | null;

/** Milestones, ETA changes and cancellation: the life of a shipment on its way. */
@Injectable()
export class ShipmentMilestoneService {
  constructor(
    private readonly transactions: Transactions,
    private readonly shipments: ShipmentService,
    private readonly events: EventPublisher,
  ) {}

  /**
   * Moves the shipment to the reported milestone. Reporting a milestone already recorded changes
   * nothing (a forwarder's retry, or its system resending every event), so it is answered with the
   * shipment as it is.
   */
  report(id: string, input: MilestoneDto, actor: AnyActor, scope: ForwarderScope): Promise<InboundShipment> {
    return this.transactions.run(async (manager) => {
      const shipment = await this.lockScoped(manager, id, scope);
      if (await manager.exists(InboundShipmentEvent, { where: { shipmentId: id, milestone: input.milestone } })) return shipment;
      const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
      return this.advance(manager, shipment, input.milestone, actor, { occurredAt, location: input.location ?? null });
    });
  }

  /** Records the new ETA and its history line; the same ETA again changes nothing. */
  changeEta(id: string, input: EtaChangeDto, actor: AnyActor, scope: ForwarderScope): Promise<InboundShipment> {
    return this.transactions.run(async (manager) => {
      const shipment = await this.lockScoped(manager, id, scope);
      if (!EXPECTED_STATUSES.includes(shipment.status)) throw shipmentNotEditable(shipment.number, shipment.status);
      const eta = new Date(input.eta);
      if (eta.getTime() === shipment.eta.getTime()) return shipment;
      await manager.insert(InboundShipmentEtaChange, { shipmentId: id, oldEta: shipment.eta, newEta: eta, reason: input.reason ?? null, ...actorFields(actor) });
      await this.events.publish(manager, {
        type: 'inbound_shipment.eta_changed', partnerIds: [shipment.forwarderId],
        data: { shipmentId: id, number: shipment.number, status: shipment.status, oldEta: shipment.eta.toISOString(), newEta: eta.toISOString(), reason: input.reason ?? null },
      });
      shipment.eta = eta;
      return manager.save(shipment);
    });
  }

  cancel(id: string, actor: AnyActor): Promise<InboundShipment> {
    return this.transactions.run(async (manager) => this.advance(manager, await this.shipments.lock(manager, id), 'cancel', actor));
  }

  /**
   * Takes one lifecycle step inside the caller's transaction and records the milestone reached.
   * Receiving uses it to start, finish or hand back a shipment.
   */
  async advance(
    manager: EntityManager,
    shipment: InboundShipment,
    action: ShipmentAction,
    actor: AnyActor,
    at: { occurredAt: Date; location: string | null } = { occurredAt: new Date(), location: null },
  ): Promise<InboundShipment> {
    const from = shipment.status;
    shipment.status = shipmentLifecycle.next(from, action);
    if (action === 'cancel_receiving') {
      // Receiving starts again from scratch: the next receipt records its own start.
      await manager.delete(InboundShipmentEvent, { shipmentId: shipment.id, milestone: ShipmentStatus.Receiving });
    } else {
      await manager.insert(InboundShipmentEvent, { shipmentId: shipment.id, milestone: shipment.status, ...at, ...actorFields(actor) });
    }
    if (shipment.status === ShipmentStatus.DeliveredToWarehouse) {
      await this.events.publish(manager, {
        type: 'inbound_shipment.delivered', occurredAt: at.occurredAt, partnerIds: [shipment.forwarderId],
        data: { shipmentId: shipment.id, number: shipment.number, warehouseId: shipment.warehouseId, location: at.location },
      });
    }
    return manager.save(shipment);
  }

  private async lockScoped(manager: EntityManager, id: string, scope: ForwarderScope): Promise<InboundShipment> {
    const shipment = await this.shipments.lock(manager, id);
    if (scope && shipment.forwarderId !== scope.partnerId) throw shipmentNotFound(id);
    return shipment;
  }
}
