import { Injectable } from '@nestjs/common';
import { Product, ProductService } from '../../catalog';
import { InvalidCodeError, ParsedScan, parseScan } from '../../common/codes';
import { NotFoundError, UnprocessableError } from '../../common/errors';
import { Location } from '../entities/location.entity';
import { unreadableScan, wrongScanKind } from '../inventory.errors';
import { LocationService } from '../services/location.service';

export interface ScannedItem {
  product: Product;
  lot?: string;
  expiry?: string;
  count?: number;
}

/** Turns raw scanner strings into locations and products, with a 422 that says what was read and why it failed. */
@Injectable()
export class ScanResolver {
  constructor(
    private readonly locations: LocationService,
    private readonly products: ProductService,
  ) {}

  async location(field: string, raw: string): Promise<Location> {
    const scan = this.parse(field, raw);
    if (scan.kind !== 'location') throw wrongScanKind(field, raw, 'location', scan.kind);
    try {
      return await this.locations.getByBarcode(scan.barcode);
    } catch (error) {
      if (error instanceof NotFoundError) throw unreadableScan(field, raw, 'no location has this barcode');
      throw error;
    }
  }

  async item(field: string, raw: string): Promise<ScannedItem> {
    const scan = this.parse(field, raw);
    if (scan.kind === 'location') throw wrongScanKind(field, raw, 'item', 'location');
    if (scan.kind === 'container') {
      throw new UnprocessableError('SCAN_CONTAINER', `"${raw}" is a carton or pallet label (SSCC ${scan.sscc}); receive cartons against their inbound shipment, or scan the item.`, [
        { field, message: 'scan an item barcode, not a carton label' },
      ]);
    }
    const code = scan.kind === 'sku' ? scan.sku : scan.gtin;
    try {
      const product = await this.products.lookup(code);
      return scan.kind === 'item' ? { product, lot: scan.lot, expiry: scan.expiry, count: scan.count } : { product };
    } catch (error) {
      if (error instanceof NotFoundError) {
        throw unreadableScan(field, raw, scan.kind === 'sku' ? `no product has SKU ${scan.sku}` : `no product has GTIN ${scan.gtin}`);
      }
      throw error;
    }
  }

  private parse(field: string, raw: string): ParsedScan {
    try {
      return parseScan(raw);
    } catch (error) {
      if (error instanceof InvalidCodeError) throw unreadableScan(field, raw, error.reason);
      throw error;
    }
  }
}
