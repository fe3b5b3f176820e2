import { Injectable } from '@nestjs/common';
import { LocationService, LocationType } from '../../inventory';
import { locationMissing } from '../inbound.errors';

/** The bins receiving posts into: a warehouse's receiving dock and its quarantine cage. */
@Injectable()
export class DockLocations {
  constructor(private readonly locations: LocationService) {}

  /** The first active location of the type by code: the dock everything is received into. */
  async of(warehouseId: string, type: LocationType.Receiving | LocationType.Quarantine): Promise<{ id: string; code: string }> {
    const page = await this.locations.list(warehouseId, { type, active: true, limit: 1, sort: 'code' });
    const location = page.items[0];
    if (!location) throw locationMissing(warehouseId, type);
    return { id: location.id, code: location.code };
  }
}
