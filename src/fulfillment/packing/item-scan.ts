import { Injectable } from '@nestjs/common';
import { Product, ProductService } from '../../catalog';
import { InvalidCodeError, ParsedScan, parseScan } from '../../common/codes';
import { NotFoundError } from '../../common/errors';
import { scanUnreadable, scanWrongKind } from './packing.errors';

export interface ScannedProduct {
  product: Product;
  /** Lot (AI 10) when the barcode carries one. */
  lot?: string;
  /** Units in the scanned pack (AI 30/37), when the barcode says. */
  count?: number;
}

/** Turns what a bench or dock scanner sent (GTIN, GS1 element string or SKU) into a product, or a 422 saying why not. */
@Injectable()
export class ItemScanResolver {
  constructor(private readonly products: ProductService) {}

  async resolve(field: string, raw: string): Promise<ScannedProduct> {
    const scan = parse(field, raw);
    if (scan.kind === 'location' || scan.kind === 'container') throw scanWrongKind(field, raw, scan.kind);
    const code = scan.kind === 'sku' ? scan.sku : scan.gtin;
    try {
      const product = await this.products.lookup(code);
      return scan.kind === 'item' ? { product, lot: scan.lot, count: scan.count } : { product };
    } catch (error) {
      if (error instanceof NotFoundError) throw scanUnreadable(field, raw, scan.kind === 'sku' ? `no product has SKU ${scan.sku}` : `no product has GTIN ${scan.gtin}`);
      throw error;
    }
  }
}

function parse(field: string, raw: string): ParsedScan {
  try {
    return parseScan(raw);
  } catch (error) {
    if (error instanceof InvalidCodeError) throw scanUnreadable(field, raw, error.reason);
    throw error;
  }
}
