import { Product } from '../../catalog';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { SupplierProduct } from '../entities/supplier-product.entity';
import { amountOverflow, priceNeeded, productNotSupplied } from '../procurement.errors';
import { lineAmount, sumAmounts } from './money';

export interface NewLine {
  productId: string;
  quantity: number;
  /** Defaults to the supplier's price when that is in the order's currency. */
  unitPriceMinor?: number;
  promisedDate?: string | null;
}

export interface LineSources {
  supplierCode: string;
  currency: string;
  products: ReadonlyMap<string, Product>;
  /** The supplier's active items by product id. */
  items: ReadonlyMap<string, SupplierProduct>;
}

/** A line as written, before the database gives it an id and its order. */
export type LineRow = Omit<PurchaseOrderLine, 'id' | 'purchaseOrderId' | 'purchaseOrder' | 'supplierProduct'>;

/** Line rows for a draft, numbered 1…n, with SKU and names copied from the catalog. */
export function buildLines(input: NewLine[], sources: LineSources): LineRow[] {
  return input.map((line, i) => {
    const item = sources.items.get(line.productId);
    if (!item) throw productNotSupplied(`lines[${i}].productId`, line.productId, sources.supplierCode);
    const product = sources.products.get(line.productId)!;
    const unitPriceMinor = line.unitPriceMinor ?? listPrice(item, sources.currency, `lines[${i}].unitPriceMinor`);
    if (lineAmount(line.quantity, unitPriceMinor) === null) throw amountOverflow(`lines[${i}].unitPriceMinor`);
    return {
      lineNo: i + 1,
      productId: product.id,
      sku: product.sku,
      productNameEn: product.nameEn,
      productNameZh: product.nameZh,
      supplierProductId: item.id,
      supplierItemCode: item.supplierItemCode,
      quantity: line.quantity,
      unitPriceMinor,
      promisedDate: line.promisedDate ?? null,
      quantityReceived: 0,
      quantityCancelled: 0,
      confirmedQuantity: null,
      confirmedDate: null,
    };
  });
}

function listPrice(item: SupplierProduct, currency: string, field: string): number {
  if (item.currency !== currency) throw priceNeeded(field, item.currency, currency);
  return item.unitPriceMinor;
}

type PricedLine = Pick<PurchaseOrderLine, 'quantity' | 'quantityCancelled' | 'unitPriceMinor'>;

/** Value of what is still ordered on a line: cancelled units are not owed. */
export function lineTotal(line: PricedLine): number | null {
  return lineAmount(line.quantity - line.quantityCancelled, line.unitPriceMinor);
}

/** The order total; a 400 naming `lines` when it no longer fits a safe integer. */
export function orderTotal(lines: PricedLine[]): number {
  const totals = lines.map(lineTotal);
  const total = totals.includes(null) ? null : sumAmounts(totals as number[]);
  if (total === null) throw amountOverflow('lines');
  return total;
}

/** What a line still expects to receive. */
export function openQuantity(line: Pick<PurchaseOrderLine, 'quantity' | 'quantityCancelled' | 'quantityReceived'>): number {
  return Math.max(0, line.quantity - line.quantityCancelled - line.quantityReceived);
}
