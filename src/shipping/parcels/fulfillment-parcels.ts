import { Injectable } from '@nestjs/common';
import { OutboundOrderService, ParcelQueryService, ParcelStatus } from '../../fulfillment';
import { NotFoundError } from '../../common/errors';
import { ParcelDirectory, ParcelFacts, ParcelState } from './parcel-facts';

/** Closed parcels as fulfillment's packing records them, with the order's ship-to and IOSS number. */
@Injectable()
export class FulfillmentParcels extends ParcelDirectory {
  constructor(
    private readonly parcels: ParcelQueryService,
    private readonly orders: OutboundOrderService,
  ) {
    super();
  }

  async closedParcel(parcelId: string): Promise<ParcelFacts | null> {
    const { parcel, lines, parcelCount } = await this.parcels.get(parcelId);
    if (parcel.status !== ParcelStatus.Closed || parcel.grossWeightG === null) return null;
    const order = await this.orders.get(parcel.orderId);
    return {
      parcelId: parcel.id,
      orderId: order.id,
      orderReference: order.externalId,
      sequence: parcel.sequence,
      count: parcelCount,
      grossWeightG: parcel.grossWeightG,
      dimensions: { lengthMm: parcel.lengthMm, widthMm: parcel.widthMm, heightMm: parcel.heightMm },
      lines: lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
      shipTo: {
        name: order.shipToName,
        lines: [order.shipToAddressLine1, order.shipToAddressLine2, order.shipToAddressLine3].filter((l): l is string => !!l),
        city: order.shipToCity,
        region: order.shipToRegion,
        postcode: order.shipToPostcode,
        country: order.shipToCountry,
        phone: order.shipToPhone,
        email: order.shipToEmail,
      },
      serviceLevel: order.serviceLevel,
      iossNumber: order.iossNumber,
      warehouseId: parcel.warehouseId,
      shopPartnerId: order.partnerId,
    };
  }

  async parcelState(parcelId: string): Promise<ParcelState | null> {
    try {
      const { parcel } = await this.parcels.get(parcelId);
      const order = await this.orders.get(parcel.orderId);
      return { parcelId: parcel.id, orderId: order.id, orderReference: order.externalId, status: parcel.status, shopPartnerId: order.partnerId };
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}
