import { Injectable } from '@nestjs/common';
import { LocationService, LocationType, StockQueryService } from '../../inventory';
import { CandidateBin } from './bin-suggestion';

/** Locations a put-away can go to. */
const PUTAWAY_TYPES = [LocationType.Storage, LocationType.PickFace];
const PAGE = 200;

/**
 * The storage and pick-face bins of a warehouse with what they hold now, read through inventory's
 * public services. Committed stock is enough: a suggestion is advice, the scan decides.
 */
@Injectable()
export class WarehouseBins {
  constructor(
    private readonly locations: LocationService,
    private readonly stock: StockQueryService,
  ) {}

  async load(warehouseId: string): Promise<CandidateBin[]> {
    const bins = new Map<string, CandidateBin>();
    for (const type of PUTAWAY_TYPES) {
      let cursor: string | undefined;
      do {
        const page = await this.locations.list(warehouseId, { type, active: true, limit: PAGE, cursor, sort: 'pickSequence' });
        for (const l of page.items) {
          bins.set(l.id, { id: l.id, code: l.code, type: l.type, zone: l.zone, capacity: l.capacity, occupied: 0, holds: [], pickSequence: l.pickSequence });
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
    let cursor: string | undefined;
    do {
      const page = await this.stock.balances({ warehouseId, limit: 1000, cursor });
      for (const row of page.items) {
        const bin = bins.get(row.locationId);
        if (!bin) continue;
        bin.occupied += row.onHand;
        bin.holds.push({ productId: row.productId, lotId: row.lotId });
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return [...bins.values()];
  }
}
