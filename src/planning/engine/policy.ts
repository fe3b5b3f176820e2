/**
 * Planning policies: every field can be set per product × warehouse, product, category × warehouse,
 * category, warehouse or globally; for each field the most specific setting wins, and the built-in
 * default applies where nothing is set.
 */

export interface PlanningPolicy {
  /** Extra days of demand held back as protection against forecast error and late arrivals. */
  safetyStockDays: number;
  /** Days of demand a new order should cover once it arrives. */
  targetCoverDays: number;
  /** How often an item is looked at again; an order must last at least until the next look. */
  reviewPeriodDays: number;
  /** Supplier production lead time; null = the supplier product's, else the supplier's lead time. */
  productionLeadDays: number | null;
  seaTransitDays: number;
  airTransitDays: number;
  /** Freight per kg gross, in minor units of the base currency. */
  seaFreightPerKgMinor: number;
  airFreightPerKgMinor: number;
  /** Supplier to order from instead of the product's preferred supplier. */
  preferredSupplierId: string | null;
  /** Days in which a spike's excess over the baseline is assumed to halve. */
  spikeHalfLifeDays: number;
  /** Recent rate ÷ baseline from which the recent days count as a spike. */
  spikeThreshold: number;
  /** Units in the recent days below which nothing counts as a spike. */
  spikeMinUnits: number;
}

export const POLICY_FIELDS = [
  'safetyStockDays', 'targetCoverDays', 'reviewPeriodDays', 'productionLeadDays', 'seaTransitDays', 'airTransitDays',
  'seaFreightPerKgMinor', 'airFreightPerKgMinor', 'preferredSupplierId', 'spikeHalfLifeDays', 'spikeThreshold', 'spikeMinUnits',
] as const satisfies readonly (keyof PlanningPolicy)[];

export const DEFAULT_POLICY: PlanningPolicy = {
  safetyStockDays: 14,
  targetCoverDays: 60,
  reviewPeriodDays: 7,
  productionLeadDays: null,
  seaTransitDays: 35,
  airTransitDays: 7,
  seaFreightPerKgMinor: 150,
  airFreightPerKgMinor: 650,
  preferredSupplierId: null,
  spikeHalfLifeDays: 10,
  spikeThreshold: 3,
  spikeMinUnits: 15,
};

/** Production lead time when neither the policy, the supplier product nor the supplier gives one. */
export const DEFAULT_PRODUCTION_LEAD_DAYS = 30;

export interface PolicyScope {
  productId: string | null;
  category: string | null;
  warehouseId: string | null;
}

export type PolicyOverrides = { [K in keyof PlanningPolicy]?: PlanningPolicy[K] | null };

export interface PolicyRow extends PolicyScope {
  values: PolicyOverrides;
}

/** One string per scope; stored as the policy's unique key. */
export function scopeKey(scope: PolicyScope): string {
  return `p=${scope.productId ?? '*'};c=${scope.category ?? '*'};w=${scope.warehouseId ?? '*'}`;
}

/** Scope keys from most to least specific for an item. */
export function resolutionOrder(productId: string, category: string | null, warehouseId: string): string[] {
  const keys = [
    scopeKey({ productId, category: null, warehouseId }),
    scopeKey({ productId, category: null, warehouseId: null }),
  ];
  if (category) {
    keys.push(scopeKey({ productId: null, category, warehouseId }), scopeKey({ productId: null, category, warehouseId: null }));
  }
  keys.push(scopeKey({ productId: null, category: null, warehouseId }), scopeKey({ productId: null, category: null, warehouseId: null }));
  return keys;
}

/** Builds a resolver over all policy rows; resolving is a handful of map lookups per item. */
export function policyResolver(rows: readonly PolicyRow[]): (productId: string, category: string | null, warehouseId: string) => PlanningPolicy {
  const byKey = new Map(rows.map((r) => [scopeKey(r), r.values]));
  return (productId, category, warehouseId) => {
    const chain = resolutionOrder(productId, category, warehouseId).map((k) => byKey.get(k)).filter((v): v is PolicyOverrides => !!v);
    const policy: Record<string, unknown> = { ...DEFAULT_POLICY };
    for (const field of POLICY_FIELDS) {
      for (const values of chain) {
        const v = values[field];
        if (v !== null && v !== undefined) {
          policy[field] = v;
          break;
        }
      }
    }
    return policy as unknown as PlanningPolicy;
  };
}
