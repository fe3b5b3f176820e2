import { HORIZON_DAYS, planItem, PlanResult, SupplyItem } from '../engine/plan';
import { PlanningPolicy, policyResolver } from '../engine/policy';
import { shortBetween } from '../engine/projection';
import { SuggestionKind } from '../entities/planning-suggestion.entity';
import { dayFormatter } from './dates';
import { ItemInputs, PlanningInputSet, ProductFacts, SupplierOffer } from './planning-inputs';

export interface PlannedItem {
  inputs: ItemInputs;
  product: ProductFacts;
  policy: PlanningPolicy;
  offer: SupplierOffer | null;
  result: PlanResult;
}

/** A suggestion as computed, before it meets the stored one (status, dismissal). */
export interface ComputedSuggestion {
  subjectKey: string;
  kind: SuggestionKind;
  action: string | null;
  productId: string;
  sku: string;
  warehouseId: string;
  supplierId: string | null;
  supplierProductId: string | null;
  transportMode: string;
  quantity: number;
  rawQuantity: number;
  arrivalDate: string;
  stockoutDate: string | null;
  daysOfCover: number;
  unitsShort: number;
  lostUnitsAvoided: number;
  extraFreightMinor: number;
  urgency: number;
  spike: boolean;
  spikeMultiple: number | null;
  baselinePerDay: number;
  recentPerDay: number;
  purchaseOrderId: string | null;
  purchaseOrderLineId: string | null;
  purchaseOrderNumber: string | null;
  pullForwardDays: number | null;
}

/** The policy's supplier if it sells the product, else the preferred one, else the first active one. */
export function chooseOffer(offers: readonly SupplierOffer[] | undefined, policy: PlanningPolicy): SupplierOffer | null {
  if (!offers?.length) return null;
  return (policy.preferredSupplierId && offers.find((o) => o.supplierId === policy.preferredSupplierId)) || offers.find((o) => o.preferred) || offers[0];
}

function supplyItem(offer: SupplierOffer | null): SupplyItem | null {
  return offer && { supplierId: offer.supplierId, supplierProductId: offer.supplierProductId, moq: offer.moq, unitsPerCarton: offer.unitsPerCarton, leadTimeDays: offer.leadTimeDays };
}

/** Gross grams per unit: the supplier's carton weight shared over its units, else the product's net weight. */
export function unitWeightG(product: ProductFacts, offer: SupplierOffer | null): number {
  if (offer?.cartonGrossWeightG) return offer.cartonGrossWeightG / offer.unitsPerCarton;
  return product.netWeightG;
}

/** Plans every item of the input set, one pass, no I/O. */
export function* planAll(set: PlanningInputSet): Generator<PlannedItem> {
  const resolve = policyResolver(set.policies);
  for (const inputs of set.items.values()) {
    const product = set.products.get(inputs.productId)!;
    const policy = resolve(inputs.productId, product.category, inputs.warehouseId);
    const offer = chooseOffer(set.offers.get(inputs.productId), policy);
    const result = planItem({
      unitsByAge: inputs.unitsByAge, available: inputs.available, backordered: inputs.backordered, receiving: inputs.receiving,
      arrivals: inputs.arrivals, policy, item: supplyItem(offer), unitWeightG: unitWeightG(product, offer),
    });
    yield { inputs, product, policy, offer, result };
  }
}

/** The suggestions of one planned item, with dates from `today`. */
export function suggestionsOf(p: PlannedItem, today: string | ((days: number) => string), lineSuppliers: ReadonlyMap<string, string>): ComputedSuggestion[] {
  const { inputs, product, offer, result } = p;
  const dateIn = typeof today === 'string' ? dayFormatter(today) : today;
  const { projection, signal } = result;
  const base = {
    productId: inputs.productId, sku: product.sku, warehouseId: inputs.warehouseId,
    stockoutDate: projection.stockoutDay === null ? null : dateIn(projection.stockoutDay),
    daysOfCover: projection.daysOfCover, unitsShort: Math.round(projection.unitsShort),
    urgency: projection.stockoutDay ?? HORIZON_DAYS + 1,
    spike: signal.spike, spikeMultiple: signal.spikeMultiple, baselinePerDay: round3(signal.baselinePerDay), recentPerDay: round3(signal.recentPerDay),
    purchaseOrderId: null, purchaseOrderLineId: null, purchaseOrderNumber: null, pullForwardDays: null, action: null,
  };
  const key = (kind: string, extra = '') => `${kind}:${inputs.productId}:${inputs.warehouseId}${extra}`;
  const out: ComputedSuggestion[] = [];
  if (result.reorder) {
    out.push({
      ...base, subjectKey: key(SuggestionKind.Reorder), kind: SuggestionKind.Reorder, supplierId: offer?.supplierId ?? null, supplierProductId: offer?.supplierProductId ?? null,
      transportMode: 'sea', quantity: result.reorder.quantity, rawQuantity: result.reorder.rawQuantity, arrivalDate: dateIn(result.reorder.arrivalDay),
      lostUnitsAvoided: Math.round(Math.min(result.reorder.quantity, shortBetween(projection, result.reorder.arrivalDay, HORIZON_DAYS))),
      extraFreightMinor: 0,
    });
  }
  if (result.air) {
    out.push({
      ...base, subjectKey: key(SuggestionKind.ExpediteAir), kind: SuggestionKind.ExpediteAir, supplierId: offer?.supplierId ?? null, supplierProductId: offer?.supplierProductId ?? null,
      transportMode: 'air', quantity: result.air.quantity, rawQuantity: result.air.rawQuantity, arrivalDate: dateIn(result.air.arrivalDay),
      lostUnitsAvoided: result.air.lostUnitsAvoided, extraFreightMinor: result.air.extraFreightMinor,
    });
  }
  for (const e of result.purchaseOrders) {
    out.push({
      ...base, subjectKey: key(SuggestionKind.ExpeditePurchaseOrder, `:${e.purchaseOrderLineId}`), kind: SuggestionKind.ExpeditePurchaseOrder, action: e.action,
      supplierId: lineSuppliers.get(e.purchaseOrderLineId) ?? null, supplierProductId: null,
      transportMode: e.action === 'switch_to_air' ? 'air' : (result.arrivals.find((a) => a.purchaseOrderLineId === e.purchaseOrderLineId)?.mode ?? 'sea'),
      quantity: e.quantity, rawQuantity: e.quantity, arrivalDate: dateIn(e.newArrivalDay), lostUnitsAvoided: e.lostUnitsAvoided,
      extraFreightMinor: e.extraFreightMinor, purchaseOrderId: e.purchaseOrderId, purchaseOrderLineId: e.purchaseOrderLineId,
      purchaseOrderNumber: e.reference, pullForwardDays: e.pullForwardDays,
    });
  }
  return out;
}

export const round3 = (n: number) => Math.round(n * 1000) / 1000;
