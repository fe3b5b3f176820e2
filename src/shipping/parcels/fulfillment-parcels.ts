import { Injectable } from '@nestjs/common';
import type { OutboundOrder } from '../../fulfillment';
import { OutboundOrderService, ParcelQueryService, ParcelStatus } from '../../fulfillment';
import { ParcelDirectory, ParcelFacts, ParcelState } from './parcel-facts';

/** Parcels as fulfillment's packing records them, read in batches, with the order's ship-to and IOSS number. */
@Injectable()
export class FulfillmentParcels extends ParcelDirectory {
  constructor(
    private readonly parcels: ParcelQueryService,
    private readonly orders: OutboundOrderService,
  ) {
    super();
  }

  async closedParcels(parcelIds: string[]): Promise<Map<string, ParcelFacts>> {
    const views = (await this.parcels.getMany(parcelIds)).filter((v) => v.parcel.status === ParcelStatus.Closed && v.parcel.grossWeightG !== null);
    const orders = await this.ordersById(views.map((v) => v.parcel.orderId));
    return new Map(views.map(({ parcel, lines, parcelCount }) => {
      const order = orders.get(parcel.orderId)!;
      return [parcel.id, {
        parcelId: parcel.id,
        orderId: order.id,
        orderReference: order.externalId,
        sequence: parcel.sequence,
        count: parcelCount,
        grossWeightG: parcel.grossWeightG!,
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
      }];
    }));
  }

  async parcelStates(parcelIds: string[]): Promise<Map<string, ParcelState>> {
    const views = await this.parcels.getMany(parcelIds);
    const orders = await this.ordersById(views.map((v) => v.parcel.orderId));
    return new Map(views.map(({ parcel }) => {
      const order = orders.get(parcel.orderId)!;
      return [parcel.id, { parcelId: parcel.id, orderId: order.id, orderReference: order.externalId, status: parcel.status, shopPartnerId: order.partnerId }];
    }));
  }

  private async ordersById(ids: string[]): Promise<Map<string, OutboundOrder>> {
    return new Map((await this.orders.getMany(ids)).map((o) => [o.id, o]));
  }
}
