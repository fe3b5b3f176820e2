import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { buildS10 } from '../../../../common/codes';
import { JsonObject } from '../../../../common/database/json';
import { BookedShipment, CarrierAdapter, CarrierDocument, ShipmentRequest, sortCode } from '../../carrier-adapter';
import { PostalCarrierSettings, postalSettingsProblems, PostalServiceSettings } from './postal-settings';

/** Created by the Shipping migration; cycles after 99,999,999 like the operators' own ranges. */
export const S10_SERIAL_SEQUENCE = 'shipping_s10_serial';

/** Builds the S10 item id from the next serial of the sequence. */
export function s10FromSerial(serial: number, service: PostalServiceSettings, carrier: PostalCarrierSettings): string {
  return buildS10(service.s10ServiceIndicator, serial, carrier.s10Country);
}

/**
 * A postal operator that accepts items under UPU S10 numbers issued by the sender (a range
 * allotted to the shipper): nothing is called over the network, the number is the booking.
 */
@Injectable()
export class PostalAdapter implements CarrierAdapter {
  readonly key = 'postal';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  settingsProblems(carrierSettings: JsonObject, serviceSettings: JsonObject | null) {
    return postalSettingsProblems(carrierSettings, serviceSettings);
  }

  async createShipment(request: ShipmentRequest): Promise<BookedShipment> {
    const [{ serial }] = (await this.dataSource.query(`SELECT nextval('${S10_SERIAL_SEQUENCE}')::int AS serial`)) as { serial: number }[];
    const trackingNumber = s10FromSerial(serial, request.service.settings as PostalServiceSettings, request.carrier.settings as PostalCarrierSettings);
    return { trackingNumber, routingCode: sortCode(request.parcel.shipTo.country, request.parcel.shipTo.postcode) };
  }

  /** The unused number simply lapses; the post keeps no booking to cancel. */
  async voidShipment(): Promise<void> {}

  async documents(): Promise<CarrierDocument[]> {
    return [];
  }
}
