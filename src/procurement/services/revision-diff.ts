import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { amountOverflow, lineRuleBroken, unknownLine } from '../procurement.errors';
import { lineAmount } from './money';

/** What a revision may change on an existing line; fields left out stay as they are. */
export interface LineRevision {
  lineId: string;
  quantity?: number;
  unitPriceMinor?: number;
  promisedDate?: string | null;
  quantityCancelled?: number;
}

const REVISABLE = ['quantity', 'unitPriceMinor', 'promisedDate', 'quantityCancelled'] as const;
type Revisable = (typeof REVISABLE)[number];

export interface LineDiff {
  lineId: string;
  lineNo: number;
  sku: string;
  changes: Partial<Record<Revisable, { from: number | string | null; to: number | string | null }>>;
}

/**
 * Applies the requested changes to the lines (in place) and returns what actually changed, line by
 * line. Values equal to the current ones are not changes. Quantities may not drop below what was
 * already received, nor cancel more than is still open.
 */
export function applyRevision(lines: PurchaseOrderLine[], revisions: LineRevision[]): LineDiff[] {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const seen = new Set<string>();
  const diffs: LineDiff[] = [];
  revisions.forEach((revision, i) => {
    const line = byId.get(revision.lineId);
    if (!line) throw unknownLine(`lines[${i}].lineId`, revision.lineId);
    if (seen.has(revision.lineId)) throw lineRuleBroken(`lines[${i}].lineId`, `lines[${i}].lineId repeats a line changed earlier in this revision`);
    seen.add(revision.lineId);
    const changes: LineDiff['changes'] = {};
    for (const field of REVISABLE) {
      const to = revision[field];
      if (to === undefined || to === line[field]) continue;
      changes[field] = { from: line[field], to };
      Object.assign(line, { [field]: to });
    }
    assertLineConsistent(line, i);
    if (Object.keys(changes).length) diffs.push({ lineId: line.id, lineNo: line.lineNo, sku: line.sku, changes });
  });
  return diffs;
}

function assertLineConsistent(line: PurchaseOrderLine, i: number): void {
  if (line.quantity < line.quantityReceived + line.quantityCancelled) {
    throw lineRuleBroken(
      `lines[${i}].quantity`,
      `lines[${i}].quantity ${line.quantity} is less than received (${line.quantityReceived}) plus cancelled (${line.quantityCancelled})`,
    );
  }
  if (lineAmount(line.quantity, line.unitPriceMinor) === null) throw amountOverflow(`lines[${i}].unitPriceMinor`);
}
