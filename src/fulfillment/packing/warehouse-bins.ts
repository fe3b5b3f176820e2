import { Injectable } from '@nestjs/common';
import { LocationService, LocationType } from '../../inventory';

export interface Bin {
  id: string;
  code: string;
}

/** The warehouse's designated bins for a purpose: the first active one by code, as picking chooses its packing location. */
@Injectable()
export class WarehouseBins {
  constructor(private readonly locations: LocationService) {}

  async first(warehouseId: string, type: LocationType): Promise<Bin | null> {
    const page = await this.locations.list(warehouseId, { type, active: true, limit: 1, sort: 'code' });
    const bin = page.items[0];
    return bin ? { id: bin.id, code: bin.code } : null;
  }
}
