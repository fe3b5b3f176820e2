import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { NotFoundError } from '../../common/errors';
import { Reservation, ReservationStatus } from '../entities/reservation.entity';
import { MovementType, StockMovement } from '../entities/stock-movement.entity';
import { locationUnusable, reservationNotActive, reservationTooSmall, stockInsufficient } from '../inventory.errors';
import { BalanceKey, ensureBalances, keyOf, LockedBalance, lockBalances, saveBalances } from './balance-locks';
import { checkMovements, LedgerContext, MovementInput, requireLocations } from './ledger-input';

export interface NewReservation extends BalanceKey {
  quantity: number;
  demandType: string;
  demandId: string;
}

/**
 * The only writer of stock balances. Every change is a movement row plus balance updates in one
 * transaction, after locking the touched balance rows in the sorted key order (see balance-locks.ts
 * and docs/inventory.md). Reservations change `reserved` through the same lock path.
 */
@Injectable()
export class StockLedgerService {
  constructor(private readonly transactions: Transactions) {}

  /**
   * Posts movements atomically: all or none. Pass `manager` to join the caller's transaction (the
   * caller then owns deadlock retries). With an idempotency key, a repeat returns the first posting.
   */
  async post(ctx: LedgerContext, movements: MovementInput[], manager?: EntityManager): Promise<StockMovement[]> {
    checkMovements(movements);
    const work = (em: EntityManager) => this.postIn(em, ctx, movements);
    try {
      return manager ? await work(manager) : await this.transactions.run(work);
    } catch (error) {
      // A concurrent twin with the same key committed first: answer with its movements.
      if (ctx.idempotencyKey && !manager && isUniqueViolation(error, 'uq_stock_movement_idempotency')) {
        return this.transactions.run((em) => this.postedWith(em, ctx.idempotencyKey!));
      }
      throw error;
    }
  }

  async reserve(reservation: NewReservation, manager?: EntityManager): Promise<Reservation> {
    const work = async (em: EntityManager) => {
      const key: BalanceKey = { productId: reservation.productId, locationId: reservation.locationId, lotId: reservation.lotId };
      const row = (await lockBalances(em, [key])).get(keyOf(key));
      const available = row ? row.onHand - row.reserved : 0;
      if (!row || available < reservation.quantity) throw stockInsufficient({ ...key, available, requested: reservation.quantity });
      row.reserved += reservation.quantity;
      await saveBalances(em, [row]);
      return em.getRepository(Reservation).save(
        em.getRepository(Reservation).create({ ...reservation, originalQuantity: reservation.quantity, status: ReservationStatus.Active }),
      );
    };
    return manager ? work(manager) : this.transactions.run(work);
  }

  /** The reservations still held for a demand (e.g. a packed parcel), to consume them when the goods leave. */
  activeReservations(demandType: string, demandId: string, manager: EntityManager): Promise<Reservation[]> {
    return manager.getRepository(Reservation).find({ where: { demandType, demandId, status: ReservationStatus.Active }, order: { id: 'ASC' } });
  }

  /** Gives the reserved stock back to available. Releasing a released reservation changes nothing. */
  async release(reservationId: string, manager?: EntityManager): Promise<Reservation> {
    const work = async (em: EntityManager) => {
      const reservation = await em.getRepository(Reservation).findOneBy({ id: reservationId });
      if (!reservation) throw new NotFoundError('reservation', reservationId);
      const row = (await lockBalances(em, [reservation])).get(keyOf(reservation));
      const locked = await em.getRepository(Reservation).findOne({ where: { id: reservationId }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.status !== ReservationStatus.Active) return locked ?? reservation;
      if (row) {
        row.reserved -= locked.quantity;
        await saveBalances(em, [row]);
      }
      locked.quantity = 0;
      locked.status = ReservationStatus.Released;
      return em.getRepository(Reservation).save(locked);
    };
    return manager ? work(manager) : this.transactions.run(work);
  }

  private async postIn(em: EntityManager, ctx: LedgerContext, movements: MovementInput[]): Promise<StockMovement[]> {
    if (ctx.idempotencyKey) {
      const earlier = await this.postedWith(em, ctx.idempotencyKey);
      if (earlier.length) return earlier;
    }
    const keyFor = (m: MovementInput, locationId: string): BalanceKey => ({ productId: m.productId, locationId, lotId: m.lotId ?? null });

    await ensureBalances(em, movements.filter((m) => m.toLocationId).map((m) => keyFor(m, m.toLocationId!)));
    const rows = await lockBalances(em, movements.flatMap((m) => [m.fromLocationId, m.toLocationId].filter((l): l is string => !!l).map((l) => keyFor(m, l))));
    // Checked after the balance locks: a cycle count freezes its bins while holding the same locks,
    // so a posting that waited for one sees the freeze here.
    await this.checkLocations(em, movements);
    // Reservations are locked after the balance rows, in id order: the same order everywhere.
    const reservations = await this.lockReservations(em, movements);

    for (const m of movements) {
      if (m.fromLocationId) this.takeOut(m, rows.get(keyOf(keyFor(m, m.fromLocationId))), reservations);
      if (m.toLocationId) rows.get(keyOf(keyFor(m, m.toLocationId)))!.onHand += m.quantity;
    }
    await saveBalances(em, [...rows.values()]);
    if (reservations.size) await em.getRepository(Reservation).save([...reservations.values()]);

    const repo = em.getRepository(StockMovement);
    const actorId = ctx.actor.id;
    return repo.save(
      movements.map((m, lineNo) =>
        repo.create({
          type: m.type, productId: m.productId, fromLocationId: m.fromLocationId ?? null, toLocationId: m.toLocationId ?? null,
          lotId: m.lotId ?? null, quantity: m.quantity, reasonCode: m.reasonCode ?? null,
          referenceType: m.reference?.type ?? null, referenceId: m.reference?.id ?? null,
          actorType: ctx.actor.kind, actorId, idempotencyKey: ctx.idempotencyKey ?? null, lineNo,
        }),
      ),
    );
  }

  private takeOut(m: MovementInput, row: LockedBalance | undefined, reservations: Map<string, Reservation>): void {
    const key = { productId: m.productId, locationId: m.fromLocationId!, lotId: m.lotId ?? null };
    if (m.reservationId) {
      const reservation = reservations.get(m.reservationId)!;
      if (reservation.status !== ReservationStatus.Active) throw reservationNotActive(reservation.id, reservation.status);
      if (keyOf(reservation) !== keyOf(key)) throw reservationNotActive(reservation.id, 'held in another location or lot');
      if (reservation.quantity < m.quantity) throw reservationTooSmall(reservation.id, reservation.quantity, m.quantity);
      reservation.quantity -= m.quantity;
      if (reservation.quantity === 0) reservation.status = ReservationStatus.Consumed;
      row!.reserved -= m.quantity;
      row!.onHand -= m.quantity;
      return;
    }
    const available = row ? row.onHand - row.reserved : 0;
    if (!row || available < m.quantity) throw stockInsufficient({ ...key, available: Math.max(available, 0), requested: m.quantity });
    row.onHand -= m.quantity;
  }

  private async lockReservations(em: EntityManager, movements: MovementInput[]): Promise<Map<string, Reservation>> {
    const ids = [...new Set(movements.map((m) => m.reservationId).filter((id): id is string => !!id))].sort();
    if (!ids.length) return new Map();
    const found = await em.getRepository(Reservation).find({ where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    for (const id of ids) if (!found.some((r) => r.id === id)) throw new NotFoundError('reservation', id);
    return new Map(found.map((r) => [r.id, r]));
  }

  private async checkLocations(em: EntityManager, movements: MovementInput[]): Promise<void> {
    const ids = [...new Set(movements.flatMap((m) => [m.fromLocationId, m.toLocationId]).filter((l): l is string => !!l))];
    const rows: { id: string; warehouse_id: string; active: boolean; frozen: boolean }[] = await em.query(
      `SELECT l.id, l.warehouse_id, l.active,
              EXISTS (SELECT 1 FROM cycle_count_location f JOIN cycle_count c ON c.id = f.cycle_count_id
                       WHERE f.location_id = l.id AND c.status IN ('open', 'counted')) AS frozen
         FROM location l WHERE l.id = ANY($1::uuid[])`,
      [ids],
    );
    const facts = new Map(rows.map((r) => [r.id, { id: r.id, warehouseId: r.warehouse_id, active: r.active, frozen: r.frozen }]));
    requireLocations(ids, facts);
    for (const m of movements) {
      if (m.toLocationId && !facts.get(m.toLocationId)!.active) throw locationUnusable(m.toLocationId, 'it is inactive');
      // Counting needs the bin still: only the count's own result may change a frozen bin.
      const touchesFrozen = [m.fromLocationId, m.toLocationId].some((l) => l && facts.get(l)!.frozen);
      if (touchesFrozen && m.type !== MovementType.Count) {
        throw locationUnusable((m.fromLocationId && facts.get(m.fromLocationId)!.frozen ? m.fromLocationId : m.toLocationId)!, 'it is frozen by an open cycle count');
      }
    }
  }

  private postedWith(em: EntityManager, idempotencyKey: string): Promise<StockMovement[]> {
    return em.getRepository(StockMovement).find({ where: { idempotencyKey }, order: { lineNo: 'ASC' } });
  }
}
