import { NotFoundError, ValidationFailedError } from '../../common/errors';
import { AnyActor } from '../../identity/actor';
import { MovementType } from '../entities/stock-movement.entity';

export interface MovementInput {
  type: MovementType;
  productId: string;
  /** Location the stock leaves; null for stock entering the warehouse. */
  fromLocationId?: string | null;
  /** Location the stock arrives at; null for stock leaving the warehouse. */
  toLocationId?: string | null;
  lotId?: string | null;
  quantity: number;
  reasonCode?: string | null;
  reference?: { type: string; id: string } | null;
  /** Take the quantity out of this reservation (held in the `from` row) rather than free stock. */
  reservationId?: string | null;
}

export interface LedgerContext {
  actor: AnyActor;
  /** Globally unique per intended change (callers prefix it with the caller); a repeat posts nothing. */
  idempotencyKey?: string;
}

/** Rules a movement must meet before any row is touched. */
export function checkMovements(movements: MovementInput[]): void {
  if (movements.length === 0 || movements.length > 1000) {
    throw new ValidationFailedError([{ field: 'movements', message: 'between 1 and 1000 movements per posting' }]);
  }
  movements.forEach((m, i) => {
    const field = (name: string) => `movements[${i}].${name}`;
    if (!Number.isInteger(m.quantity) || m.quantity <= 0 || m.quantity > 2_000_000_000) {
      throw new ValidationFailedError([{ field: field('quantity'), message: 'quantity must be a positive whole number of base units' }]);
    }
    if (!m.fromLocationId && !m.toLocationId) {
      throw new ValidationFailedError([{ field: field('toLocationId'), message: 'a movement needs a from or a to location' }]);
    }
    if (m.fromLocationId && m.fromLocationId === m.toLocationId) {
      throw new ValidationFailedError([{ field: field('toLocationId'), message: 'from and to location must differ' }]);
    }
    if (m.reservationId && !m.fromLocationId) {
      throw new ValidationFailedError([{ field: field('reservationId'), message: 'only stock leaving a location can consume a reservation' }]);
    }
  });
}

export interface LocationFacts {
  id: string;
  warehouseId: string;
  active: boolean;
  /** In a cycle count that is open or awaiting approval. */
  frozen: boolean;
}

export function requireLocations(ids: string[], found: Map<string, LocationFacts>): void {
  for (const id of ids) if (!found.has(id)) throw new NotFoundError('location', id);
}
