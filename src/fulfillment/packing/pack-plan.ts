import { ExpectedItem } from './packing.errors';

/** An order requirement as packing sees it: what was picked for it and how much of that is boxed. */
export interface RequirementToPack {
  requirementId: string;
  lineId: string;
  productId: string;
  sku: string;
  picked: number;
  packed: number;
}

/** Picked units of a requirement from one lot, waiting in one packing location. */
export interface PickedSource {
  requirementId: string;
  lotId: string | null;
  locationId: string;
  quantity: number;
}

/** Units of a requirement taken out of one source into the parcel. */
export interface PackedPortion {
  requirementId: string;
  lotId: string | null;
  locationId: string;
  quantity: number;
}

export const remainingOf = (r: RequirementToPack): number => r.picked - r.packed;

/** What is still to be packed, per SKU, for the packer's screen and mis-scan messages. */
export function expectedItems(requirements: RequirementToPack[]): ExpectedItem[] {
  const bySku = new Map<string, number>();
  for (const r of requirements) if (remainingOf(r) > 0) bySku.set(r.sku, (bySku.get(r.sku) ?? 0) + remainingOf(r));
  return [...bySku].map(([sku, remaining]) => ({ sku, remaining }));
}

/**
 * Splits `quantity` units of a product over its requirements (a product may be ordered on a line
 * and again inside a kit) and, within each, over the picked lots and packing locations not yet
 * boxed, oldest first. The caller has checked that enough remains.
 */
export function portionsFor(
  productId: string,
  quantity: number,
  requirements: RequirementToPack[],
  sources: PickedSource[],
  alreadyPacked: PackedPortion[],
): PackedPortion[] {
  const portions: PackedPortion[] = [];
  let left = quantity;
  for (const requirement of requirements.filter((r) => r.productId === productId && remainingOf(r) > 0)) {
    let forRequirement = Math.min(left, remainingOf(requirement));
    left -= forRequirement;
    for (const source of sources.filter((s) => s.requirementId === requirement.requirementId)) {
      const free = source.quantity - packedFrom(alreadyPacked, source);
      const take = Math.min(free, forRequirement);
      if (take <= 0) continue;
      portions.push({ requirementId: requirement.requirementId, lotId: source.lotId, locationId: source.locationId, quantity: take });
      forRequirement -= take;
    }
    if (forRequirement > 0) throw new PickedSourcesExhausted(requirement.sku);
    if (left === 0) break;
  }
  return portions;
}

/** The pick records account for fewer units than the requirement's picked count. */
export class PickedSourcesExhausted extends Error {
  constructor(readonly sku: string) {
    super(`picked sources of ${sku} exhausted`);
  }
}

const packedFrom = (packed: PackedPortion[], source: PickedSource): number =>
  packed
    .filter((p) => p.requirementId === source.requirementId && p.lotId === source.lotId && p.locationId === source.locationId)
    .reduce((sum, p) => sum + p.quantity, 0);
