/** A condition worth a buyer's attention that does not stop the order. */
export interface PurchaseOrderWarning {
  code: 'BELOW_MOQ' | 'NOT_CARTON_MULTIPLE' | 'FX_RATE_MISSING';
  /** Path of the field it is about, e.g. `lines[2].quantity`. */
  field: string;
  lineNo?: number;
  message: string;
}

export interface WarningLine {
  lineNo: number;
  supplierProductId: string;
  /** Ordered less cancelled. */
  quantity: number;
}

export interface SupplierTerms {
  supplierItemCode: string;
  moq: number;
  unitsPerCarton: number;
}

/**
 * MOQ applies to the order as a whole: several lines of one item (say, for different promised
 * dates) count together, and the warning points at the item's first line. Whole cartons are
 * checked per line, because each line ships as its own cartons.
 */
export function lineWarnings(lines: WarningLine[], terms: ReadonlyMap<string, SupplierTerms>): PurchaseOrderWarning[] {
  const warnings: PurchaseOrderWarning[] = [];
  const totals = new Map<string, { quantity: number; index: number; lineNo: number }>();
  lines.forEach((line, index) => {
    const total = totals.get(line.supplierProductId);
    if (total) total.quantity += line.quantity;
    else totals.set(line.supplierProductId, { quantity: line.quantity, index, lineNo: line.lineNo });
  });
  for (const [supplierProductId, total] of totals) {
    const t = terms.get(supplierProductId);
    if (t && total.quantity > 0 && total.quantity < t.moq) {
      warnings.push({
        code: 'BELOW_MOQ',
        field: `lines[${total.index}].quantity`,
        lineNo: total.lineNo,
        message: `${total.quantity} of ${t.supplierItemCode} ordered, below the supplier's minimum order quantity of ${t.moq}`,
      });
    }
  }
  lines.forEach((line, index) => {
    const t = terms.get(line.supplierProductId);
    if (t && t.unitsPerCarton > 1 && line.quantity % t.unitsPerCarton !== 0) {
      const cartons = Math.ceil(line.quantity / t.unitsPerCarton);
      warnings.push({
        code: 'NOT_CARTON_MULTIPLE',
        field: `lines[${index}].quantity`,
        lineNo: line.lineNo,
        message: `${line.quantity} is not a multiple of ${t.unitsPerCarton} units per carton; ${cartons} full cartons hold ${cartons * t.unitsPerCarton}`,
      });
    }
  });
  return warnings.sort((a, b) => (a.lineNo ?? 0) - (b.lineNo ?? 0));
}
