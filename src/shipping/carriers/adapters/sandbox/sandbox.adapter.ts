import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { BookedShipment, CarrierAdapter, CarrierDocument, ShipmentRequest, sortCode } from '../../carrier-adapter';

/**
 * A carrier for tests and demos: books instantly with a random `SBX` number, voids anything, and
 * needs no settings. Everything else (labels, customs, manifests) runs as for a real carrier.
 */
@Injectable()
export class SandboxAdapter implements CarrierAdapter {
  readonly key = 'sandbox';

  settingsProblems() {
    return [];
  }

  async createShipment(request: ShipmentRequest): Promise<BookedShipment> {
    const digits = Array.from({ length: 12 }, () => randomInt(10)).join('');
    return { trackingNumber: `SBX${digits}`, routingCode: sortCode(request.parcel.shipTo.country, request.parcel.shipTo.postcode) };
  }

  async voidShipment(): Promise<void> {}

  async documents(): Promise<CarrierDocument[]> {
    return [];
  }
}
