/** A bin (and lot) holding free stock of one product, as the inventory ranks it: best first. */
export interface StockSource {
  warehouseId: string;
  productId: string;
  sku: string;
  locationId: string;
  locationCode: string;
  lotId: string | null;
  free: number;
}

/** What a requirement still lacks. */
export interface Need {
  requirementId: string;
  productId: string;
  quantity: number;
}

export interface PlannedReservation {
  requirementId: string;
  source: StockSource;
  quantity: number;
}

export interface OrderPlan {
  reservations: PlannedReservation[];
  /** Units per requirement the plan could not cover. */
  short: Map<string, number>;
  /** The warehouse chosen (the first one used when splitting); null when nothing is available. */
  warehouseId: string | null;
}

export interface PlanOptions {
  /** Warehouse ids in order of preference. */
  warehouses: readonly string[];
  /** Only this warehouse (an order already served from it). */
  fixedWarehouseId?: string | null;
  allowSplit: boolean;
}

/**
 * Free stock known to the allocator, per warehouse and product, best source first. Plans read it;
 * only `commit` takes stock out, so a plan that is thrown away (backorder) leaves it untouched.
 */
export class StockPicture {
  private readonly sources = new Map<string, StockSource[]>();

  static key(warehouseId: string, productId: string): string {
    return `${warehouseId}|${productId}`;
  }

  set(warehouseId: string, productId: string, sources: StockSource[]): void {
    this.sources.set(StockPicture.key(warehouseId, productId), sources.map((s) => ({ ...s })));
  }

  has(warehouseId: string, productId: string): boolean {
    return this.sources.has(StockPicture.key(warehouseId, productId));
  }

  of(warehouseId: string, productId: string): readonly StockSource[] {
    return this.sources.get(StockPicture.key(warehouseId, productId)) ?? [];
  }

  free(warehouseId: string, productId: string): number {
    return this.of(warehouseId, productId).reduce((sum, s) => sum + s.free, 0);
  }

  commit(plan: OrderPlan): void {
    for (const r of plan.reservations) r.source.free -= r.quantity;
  }

  /** Undoes `commit`, for plans of a transaction that rolled back. */
  uncommit(plan: OrderPlan): void {
    for (const r of plan.reservations) r.source.free += r.quantity;
  }
}

/** Units of each product the needs ask for. */
function totalsByProduct(needs: readonly Need[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const n of needs) totals.set(n.productId, (totals.get(n.productId) ?? 0) + n.quantity);
  return totals;
}

/** Takes each need from the sources of the given warehouses in turn, best source first. */
function take(needs: readonly Need[], warehouses: readonly string[], stock: StockPicture): OrderPlan {
  const used = new Map<StockSource, number>();
  const reservations: PlannedReservation[] = [];
  const short = new Map<string, number>();
  for (const need of needs) {
    let missing = need.quantity;
    for (const warehouseId of warehouses) {
      for (const source of stock.of(warehouseId, need.productId)) {
        if (missing === 0) break;
        const free = source.free - (used.get(source) ?? 0);
        if (free <= 0) continue;
        const quantity = Math.min(free, missing);
        used.set(source, (used.get(source) ?? 0) + quantity);
        reservations.push({ requirementId: need.requirementId, source, quantity });
        missing -= quantity;
      }
    }
    if (missing > 0) short.set(need.requirementId, missing);
  }
  return { reservations, short, warehouseId: reservations[0]?.source.warehouseId ?? null };
}

/**
 * Plans an order's reservations: from the first warehouse (in preference order) that can fill all
 * of it; failing that, across warehouses when splitting is allowed, else from the warehouse that
 * covers the most units, the rest short.
 */
export function planOrder(needs: readonly Need[], stock: StockPicture, options: PlanOptions): OrderPlan {
  if (options.fixedWarehouseId && !options.allowSplit) return take(needs, [options.fixedWarehouseId], stock);
  const totals = totalsByProduct(needs);
  const coverage = (w: string) => [...totals].reduce((sum, [productId, units]) => sum + Math.min(units, stock.free(w, productId)), 0);
  const wanted = [...totals.values()].reduce((a, b) => a + b, 0);
  const preferred = options.fixedWarehouseId ? [options.fixedWarehouseId, ...options.warehouses.filter((w) => w !== options.fixedWarehouseId)] : options.warehouses;
  const whole = preferred.find((w) => coverage(w) === wanted);
  if (whole) return take(needs, [whole], stock);
  if (options.allowSplit) return take(needs, preferred, stock);
  let best: string | null = null;
  for (const w of preferred) if (best === null || coverage(w) > coverage(best)) best = w;
  return take(needs, best ? [best] : [], stock);
}
