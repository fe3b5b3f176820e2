import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { EventPublisher, NewEvent } from '../../common/events';
import { AnyActor } from '../../identity';
import { MovementInput, MovementType, StockLedgerService } from '../../inventory';
import { ParcelLine } from '../entities/parcel-line.entity';
import { Parcel } from '../entities/parcel.entity';
import { lockOrders, takeStep } from '../orders/order-records';
import { OutboundOrder } from '../entities/outbound-order.entity';
import { OutboundOrderStatus } from '../orders/outbound-order.lifecycle';
import { parcelLifecycle, ParcelStatus } from '../packing/parcel.lifecycle';
import { parcelNotFound } from '../packing/packing.errors';
import { PARCEL_DEMAND_TYPE } from '../packing/parcel-reservations';

export interface DispatchedParcel {
  parcelId: string;
  orderId: string;
  status: ParcelStatus;
  /** False when the parcel was already past this step: repeating a confirmation is harmless. */
  changed: boolean;
}

/**
 * The last steps of a parcel's life in the warehouse's books. Shipping calls these when a carrier
 * confirms a pickup or reports a delivery, inside its own transaction. Orders are locked before
 * their parcels, the same order packing uses, so the two cannot deadlock.
 */
@Injectable()
export class ParcelDispatchService {
  constructor(
    private readonly ledger: StockLedgerService,
    private readonly events: EventPublisher,
  ) {}

  /**
   * The carrier has the parcels: their units leave the shipping location (`ship` movements that
   * consume the parcels' reservations), the parcels become `shipped`, and an order whose parcels
   * have all gone becomes `shipped`.
   */
  async ship(manager: EntityManager, parcelIds: string[], actor: AnyActor, at: Date = new Date()): Promise<DispatchedParcel[]> {
    const { orders, parcels } = await this.lock(manager, parcelIds);
    const results: DispatchedParcel[] = [];
    for (const parcel of parcels) {
      if (parcel.status !== ParcelStatus.Closed) {
        results.push({ parcelId: parcel.id, orderId: parcel.orderId, status: parcel.status, changed: false });
        continue;
      }
      await this.postShipMovements(manager, parcel, actor);
      parcel.status = parcelLifecycle.next(parcel.status, 'ship');
      parcel.shippedAt = at;
      await manager.update(Parcel, parcel.id, { status: parcel.status, shippedAt: at });
      results.push({ parcelId: parcel.id, orderId: parcel.orderId, status: parcel.status, changed: true });
    }
    await this.advanceOrders(manager, orders, actor, 'ship');
    return results;
  }

  /**
   * The carrier delivered the parcel. A delivery reported for a parcel never confirmed as picked
   * up proves it left: it is shipped first. The order is delivered with its last parcel.
   */
  async deliver(manager: EntityManager, parcelId: string, actor: AnyActor, at: Date): Promise<DispatchedParcel> {
    await this.ship(manager, [parcelId], actor, at);
    const { orders, parcels } = await this.lock(manager, [parcelId]);
    const parcel = parcels[0];
    if (!parcel) throw parcelNotFound(parcelId);
    if (parcel.status !== ParcelStatus.Shipped) return { parcelId, orderId: parcel.orderId, status: parcel.status, changed: false };
    parcel.status = parcelLifecycle.next(parcel.status, 'deliver');
    await manager.update(Parcel, parcel.id, { status: parcel.status, deliveredAt: at });
    await this.advanceOrders(manager, orders, actor, 'deliver');
    return { parcelId, orderId: parcel.orderId, status: parcel.status, changed: true };
  }

  private async lock(manager: EntityManager, parcelIds: string[]): Promise<{ orders: OutboundOrder[]; parcels: Parcel[] }> {
    const ids = [...new Set(parcelIds)];
    if (!ids.length) return { orders: [], parcels: [] };
    const unlocked = await manager.find(Parcel, { where: { id: In(ids) }, select: { id: true, orderId: true } });
    const orders = await lockOrders(manager, [...new Set(unlocked.map((p) => p.orderId))]);
    const parcels = await manager.find(Parcel, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    return { orders, parcels };
  }

  private async postShipMovements(manager: EntityManager, parcel: Parcel, actor: AnyActor): Promise<void> {
    const lines = await manager.find(ParcelLine, { where: { parcelId: parcel.id } });
    const reservations = await this.ledger.activeReservations(PARCEL_DEMAND_TYPE, parcel.id, manager);
    const perKey = new Map<string, MovementInput>();
    for (const l of lines) {
      const key = `${l.productId}|${l.lotId ?? ''}`;
      const movement = perKey.get(key);
      if (movement) {
        movement.quantity += l.quantity;
        continue;
      }
      const reservation = reservations.find((r) => r.productId === l.productId && r.lotId === l.lotId);
      perKey.set(key, {
        type: MovementType.Ship, productId: l.productId, fromLocationId: parcel.shippingLocationId, toLocationId: null, lotId: l.lotId,
        // Parcels closed before their units were reserved at the shipping location ship from free stock.
        quantity: l.quantity, reservationId: reservation?.id ?? null, reference: { type: 'parcel', id: parcel.id },
      });
    }
    await this.ledger.post({ actor, idempotencyKey: `parcel:${parcel.id}:ship` }, [...perKey.values()], manager);
  }

  /** Moves each order one step once every parcel of it has reached that step. */
  private async advanceOrders(manager: EntityManager, orders: OutboundOrder[], actor: AnyActor, step: 'ship' | 'deliver'): Promise<void> {
    const from = step === 'ship' ? OutboundOrderStatus.Packed : OutboundOrderStatus.Shipped;
    const done = step === 'ship' ? [ParcelStatus.Shipped, ParcelStatus.Delivered] : [ParcelStatus.Delivered];
    const published: NewEvent[] = [];
    for (const order of orders.filter((o) => o.status === from)) {
      const parcels = await manager.find(Parcel, { where: { orderId: order.id }, select: { id: true, status: true } });
      if (!parcels.every((p) => done.includes(p.status))) continue;
      await takeStep(manager, order, step, { actor, details: { parcels: parcels.length } });
      published.push({
        type: step === 'ship' ? 'order.shipped' : 'order.delivered', partnerIds: [order.partnerId],
        data: { orderId: order.id, externalId: order.externalId, status: order.status, parcelIds: parcels.map((p) => p.id) },
      });
    }
    await this.events.publishMany(manager, published);
  }
}
