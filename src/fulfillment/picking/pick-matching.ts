import { lineOpenQuantity, PickListLine, PickLineStatus } from '../entities/pick-list-line.entity';
import { pickTooMany, toteRequired, wrongBin, wrongItem } from '../fulfillment.errors';

export interface PickScan {
  locationId: string;
  locationCode: string;
  productId: string;
  sku: string;
  quantity: number;
  tote?: number;
}

/**
 * Finds the line a scan is for. Any open line may be picked, not only the next one in walk order
 * (a picker who skips a blocked bin comes back to it); the scan must name a bin with an open line
 * and a product that line expects. When several orders on a cart take the same product from the
 * same bin, the tote decides.
 */
export function matchPickLine(lines: readonly PickListLine[], scan: PickScan): PickListLine {
  const open = lines.filter((l) => l.status === PickLineStatus.Open).sort((a, b) => a.seq - b.seq);
  const atBin = open.filter((l) => l.locationId === scan.locationId);
  if (!atBin.length) throw wrongBin(scan.locationCode, open[0]?.locationCode ?? null);
  const forItem = atBin.filter((l) => l.productId === scan.productId);
  if (!forItem.length) throw wrongItem(scan.sku, scan.locationCode, [...new Set(atBin.map((l) => l.sku))]);
  const slots = [...new Set(forItem.map((l) => l.toteSlot))];
  const inTote = scan.tote === undefined ? forItem : forItem.filter((l) => l.toteSlot === scan.tote);
  if (scan.tote === undefined && slots.length > 1) throw toteRequired(slots);
  if (!inTote.length) throw toteRequired(slots);
  const line = inTote[0];
  if (scan.quantity > lineOpenQuantity(line)) throw pickTooMany(lineOpenQuantity(line), scan.quantity);
  return line;
}
