import { ReceiptLine } from '../entities/receipt-line.entity';

export enum DiscrepancyType {
  Short = 'short',
  Over = 'over',
  Damaged = 'damaged',
  /** Goods on no line of the receipt: a product nobody ordered, or a code that matches no product. */
  Unexpected = 'unexpected',
}

export interface Discrepancy {
  lineNo: number;
  type: DiscrepancyType;
  sku: string | null;
  scannedCode: string | null;
  purchaseOrderNumber: string | null;
  expected: number;
  received: number;
  /** Units the discrepancy is about. */
  quantity: number;
}

/** What a closed receipt's lines say went wrong, line by line: the basis of a claim to the supplier. */
export function discrepanciesOf(lines: ReceiptLine[]): Discrepancy[] {
  return lines.flatMap((line) => {
    const entry = (type: DiscrepancyType, quantity: number): Discrepancy => ({
      lineNo: line.lineNo, type, sku: line.sku, scannedCode: line.scannedCode, purchaseOrderNumber: line.purchaseOrderNumber,
      expected: line.expectedQuantity, received: line.receivedQuantity, quantity,
    });
    const found: Discrepancy[] = [];
    if (line.expectedQuantity === 0 && line.receivedQuantity > 0) found.push(entry(DiscrepancyType.Unexpected, line.receivedQuantity));
    if (line.expectedQuantity > 0 && line.overQuantity > 0) found.push(entry(DiscrepancyType.Over, line.overQuantity));
    if (line.shortQuantity > 0) found.push(entry(DiscrepancyType.Short, line.shortQuantity));
    if (line.damagedQuantity > 0) found.push(entry(DiscrepancyType.Damaged, line.damagedQuantity));
    return found;
  });
}
