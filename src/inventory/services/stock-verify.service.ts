import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface StockMismatch {
  productId: string;
  locationId: string;
  lotId: string | null;
  /** What the balance row says. */
  onHand: number;
  reserved: number;
  /** What replaying the ledger and the active reservations gives. */
  replayedOnHand: number;
  activeReservations: number;
}

export interface StockVerification {
  consistent: boolean;
  balanceRows: number;
  movements: number;
  mismatches: StockMismatch[];
}

/**
 * Replays the whole ledger and compares it with the balances: on_hand must equal the sum of what
 * arrived minus what left, and reserved the sum of active reservations, for every row.
 */
@Injectable()
export class StockVerifyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async verify(limit = 100): Promise<StockVerification> {
    // REPEATABLE READ: the replay and the balances are read from one snapshot, so writes going
    // on meanwhile cannot show up as false mismatches.
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const rows: Record<string, string | number | null>[] = await em.query(
        `WITH flows AS (
           SELECT product_id, to_location_id AS location_id, lot_id, quantity::bigint AS q FROM stock_movement WHERE to_location_id IS NOT NULL
           UNION ALL
           SELECT product_id, from_location_id, lot_id, -quantity::bigint FROM stock_movement WHERE from_location_id IS NOT NULL
         ), replay AS (
           SELECT product_id, location_id, lot_id, sum(q) AS on_hand FROM flows GROUP BY 1, 2, 3
         ), held AS (
           SELECT product_id, location_id, lot_id, sum(quantity) AS reserved FROM reservation WHERE status = 'active' GROUP BY 1, 2, 3
         ), expected AS (
           SELECT COALESCE(r.product_id, h.product_id) AS product_id, COALESCE(r.location_id, h.location_id) AS location_id,
                  COALESCE(r.lot_id, h.lot_id) AS lot_id, COALESCE(r.on_hand, 0) AS on_hand, COALESCE(h.reserved, 0) AS reserved
             FROM replay r FULL JOIN held h
               ON h.product_id = r.product_id AND h.location_id = r.location_id AND h.lot_id IS NOT DISTINCT FROM r.lot_id
         )
         SELECT COALESCE(b.product_id, e.product_id) AS product_id, COALESCE(b.location_id, e.location_id) AS location_id,
                COALESCE(b.lot_id, e.lot_id) AS lot_id, COALESCE(b.on_hand, 0) AS on_hand, COALESCE(b.reserved, 0) AS reserved,
                COALESCE(e.on_hand, 0) AS replayed_on_hand, COALESCE(e.reserved, 0) AS active_reservations
           FROM stock_balance b FULL JOIN expected e
             ON e.product_id = b.product_id AND e.location_id = b.location_id AND e.lot_id IS NOT DISTINCT FROM b.lot_id
          WHERE COALESCE(b.on_hand, 0) <> COALESCE(e.on_hand, 0) OR COALESCE(b.reserved, 0) <> COALESCE(e.reserved, 0)
          LIMIT $1`,
        [limit],
      );
      const [{ balances, movements }] = await em.query(
        'SELECT (SELECT count(*) FROM stock_balance)::int AS balances, (SELECT count(*) FROM stock_movement)::bigint AS movements',
      );
      const mismatches = rows.map((r) => ({
        productId: String(r.product_id), locationId: String(r.location_id), lotId: r.lot_id === null ? null : String(r.lot_id),
        onHand: Number(r.on_hand), reserved: Number(r.reserved), replayedOnHand: Number(r.replayed_on_hand), activeReservations: Number(r.active_reservations),
      }));
      return { consistent: mismatches.length === 0, balanceRows: balances, movements: Number(movements), mismatches };
    });
  }
}
