import { Injectable } from '@nestjs/common';
import { ProductService } from '../../catalog';
import { WarehouseService } from '../../inventory';
import { cartonNotFound } from '../inbound.errors';
import { ShipmentService } from '../shipments/shipment.service';
import { renderCartonLabels } from './carton-label.pdf';
import { CartonService } from './carton.service';

@Injectable()
export class CartonLabelService {
  constructor(
    private readonly shipments: ShipmentService,
    private readonly cartons: CartonService,
    private readonly warehouses: WarehouseService,
    private readonly products: ProductService,
  ) {}

  /** The labels of a shipment's cartons (or of the SSCCs asked for), one A6 page each, to send to the supplier. */
  async render(shipmentId: string, ssccs?: string[]): Promise<{ fileName: string; pdf: Buffer }> {
    const { shipment, lines } = await this.shipments.view(shipmentId);
    const cartons = await this.cartons.allOf(shipment.id, ssccs);
    if (!cartons.length) throw cartonNotFound(ssccs?.join(', ') ?? `any carton of ${shipment.number}`);
    const warehouse = await this.warehouses.get(shipment.warehouseId);
    const names = new Map<string, string>();
    for (const productId of new Set(cartons.flatMap((c) => c.contents.map((content) => content.productId)))) {
      names.set(productId, (await this.products.get(productId)).nameEn);
    }
    const pdf = await renderCartonLabels(
      {
        shipmentNumber: shipment.number,
        purchaseOrderNumbers: [...new Set(lines.map((l) => l.purchaseOrderNumber))],
        shipTo: [warehouse.name, warehouse.addressLine1, `${warehouse.postcode} ${warehouse.city}${warehouse.region ? `, ${warehouse.region}` : ''}`, warehouse.country],
        originPort: shipment.originPort,
        destinationPort: shipment.destinationPort,
      },
      cartons.map(({ carton, contents }) => ({
        sscc: carton.sscc,
        grossWeightG: carton.grossWeightG,
        contents: contents.map((c) => ({ sku: c.sku, name: names.get(c.productId) ?? '', lotCode: c.lotCode, expiryDate: c.expiryDate, quantity: c.quantity })),
      })),
    );
    return { fileName: `${shipment.number}-labels.pdf`, pdf };
  }
}
