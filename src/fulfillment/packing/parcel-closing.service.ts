import { Injectable } from '@nestjs/common';
import { Transactions } from '../../common/database/transactions.service';
import { Actor, actorLabel, Role } from '../../identity';
import { LocationType, MovementType, StockLedgerService } from '../../inventory';
import { Parcel } from '../entities/parcel.entity';
import { takeStep } from '../orders/order-records';
import { PackSessionService } from './pack-session.service';
import { PackSessionDto } from './pack-session.dto';
import { PackSessionViews } from './pack-session.view';
import { fullyPacked, loadPackState, openParcelOf } from './pack-state';
import { grossWeightOutOfTolerance, noShippingLocation, overrideNeedsLead, parcelEmpty, parcelNotFound } from './packing.errors';
import { parcelLifecycle, ParcelStatus } from './parcel.lifecycle';
import { reserveForParcel } from './parcel-reservations';
import { WarehouseBins } from './warehouse-bins';
import { checkGrossWeight } from './weight-tolerance';

export interface ParcelWeighing {
  grossWeightG: number;
  override?: boolean;
}

const isLead = (actor: Actor) => actor.kind === 'user' && (actor.roles.includes(Role.WarehouseLead) || actor.roles.includes(Role.Admin));

/**
 * Closing a parcel: the scale's weight is checked against the computed one, the packed units move
 * from the packing location to the warehouse's shipping location (a `pack` movement) where they are
 * reserved for the parcel until the carrier takes it, and when the last unit of the order is in a
 * closed parcel the order moves to `packed`. All in one transaction.
 */
@Injectable()
export class ParcelClosingService {
  constructor(
    private readonly sessions: PackSessionService,
    private readonly views: PackSessionViews,
    private readonly bins: WarehouseBins,
    private readonly ledger: StockLedgerService,
    private readonly transactions: Transactions,
  ) {}

  close(actor: Actor, orderId: string, parcelId: string, weighing: ParcelWeighing): Promise<PackSessionDto> {
    return this.transactions.run(async (manager) => {
      const state = await this.sessions.lockForPacking(manager, orderId);
      const parcel = await manager.findOne(Parcel, { where: { id: parcelId, orderId }, lock: { mode: 'pessimistic_write' } });
      if (!parcel) throw parcelNotFound(parcelId);
      parcelLifecycle.next(parcel.status, 'close');
      const lines = state.lines.filter((l) => l.parcelId === parcel.id);
      if (!lines.length) throw parcelEmpty(parcel.id);

      const check = checkGrossWeight(parcel.computedWeightG, weighing.grossWeightG);
      if (!check.withinTolerance && !weighing.override) throw grossWeightOutOfTolerance(check);
      if (!check.withinTolerance && !isLead(actor)) throw overrideNeedsLead();

      const shipping = await this.bins.first(parcel.warehouseId, LocationType.Shipping);
      if (!shipping) throw noShippingLocation(parcel.warehouseId);
      await this.ledger.post(
        { actor, idempotencyKey: `parcel:${parcel.id}:close` },
        lines.map((l) => ({
          type: MovementType.Pack, productId: l.productId, fromLocationId: l.packingLocationId, toLocationId: shipping.id, lotId: l.lotId,
          quantity: l.quantity, reference: { type: 'outbound_order', id: orderId },
        })),
        manager,
      );
      await reserveForParcel(this.ledger, manager, parcel.id, shipping.id, lines);
      await manager.update(Parcel, parcel.id, {
        status: ParcelStatus.Closed, grossWeightG: weighing.grossWeightG, weightOverridden: !check.withinTolerance,
        shippingLocationId: shipping.id, closedBy: actorLabel(actor), closedAt: new Date(),
      });

      const after = await loadPackState(manager, state.order);
      if (fullyPacked(after) && !openParcelOf(after)) {
        await takeStep(manager, after.order, 'pack', { actor, details: { parcels: after.parcels.length } });
      }
      return this.views.present(after);
    });
  }
}
