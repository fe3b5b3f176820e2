import { EntityManager } from 'typeorm';
import { StockLedgerService } from '../../inventory';

/** Reservations holding a closed parcel's units at the shipping location until the carrier takes them. */
export const PARCEL_DEMAND_TYPE = 'parcel';

interface PackedUnits {
  productId: string;
  lotId: string | null;
  quantity: number;
}

/**
 * Packed goods wait at the shipping location as stock like any other; reserving them for their
 * parcel keeps them out of adjustments, moves and allocation until the `ship` movement consumes
 * the reservation.
 */
export async function reserveForParcel(ledger: StockLedgerService, manager: EntityManager, parcelId: string, shippingLocationId: string, lines: PackedUnits[]): Promise<void> {
  const perKey = new Map<string, PackedUnits>();
  for (const l of lines) {
    const key = `${l.productId}|${l.lotId ?? ''}`;
    const sum = perKey.get(key);
    perKey.set(key, { productId: l.productId, lotId: l.lotId, quantity: (sum?.quantity ?? 0) + l.quantity });
  }
  // Sorted like the ledger's lock order, so two closings cannot deadlock on the shipping rows.
  const keys = [...perKey.keys()].sort();
  for (const key of keys) {
    const units = perKey.get(key)!;
    await ledger.reserve(
      { productId: units.productId, locationId: shippingLocationId, lotId: units.lotId, quantity: units.quantity, demandType: PARCEL_DEMAND_TYPE, demandId: parcelId },
      manager,
    );
  }
}
