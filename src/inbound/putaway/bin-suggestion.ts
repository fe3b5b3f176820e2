/** Put-away rules, tried in a warehouse's configured order; the first that finds a bin wins. */
export enum PutawayRule {
  /** The product's fixed pick face, if it has room for the whole quantity. */
  FixedPickFace = 'fixed_pick_face',
  /** A storage bin already holding the same product and lot, with room. */
  SameProductAndLot = 'same_product_lot',
  /** An empty storage bin in the product's preferred zone. */
  EmptyInPreferredZone = 'empty_in_preferred_zone',
  /** Any storage bin with room. */
  AnyWithCapacity = 'any_with_capacity',
}

export const PUTAWAY_RULES = Object.values(PutawayRule);
export const DEFAULT_RULE_ORDER: readonly PutawayRule[] = PUTAWAY_RULES;

export interface CandidateBin {
  id: string;
  code: string;
  /** `storage` or `pick_face`; other types never receive put-away suggestions. */
  type: string;
  zone: string | null;
  /** Units the bin holds at most; null = no limit. */
  capacity: number | null;
  /** Units in the bin now, of any product. */
  occupied: number;
  /** What is in the bin now: product and lot pairs with stock. */
  holds: { productId: string; lotId: string | null }[];
  /** Walk order; ties in a rule go to the lowest. */
  pickSequence: number;
}

export interface SuggestionRequest {
  productId: string;
  lotId: string | null;
  quantity: number;
  rules: readonly PutawayRule[];
  fixedPickFaceId: string | null;
  preferredZone: string | null;
  bins: readonly CandidateBin[];
}

export interface Suggestion {
  binId: string;
  rule: PutawayRule;
}

const hasRoom = (bin: CandidateBin, quantity: number) => bin.capacity === null || bin.capacity - bin.occupied >= quantity;

/**
 * Where to put `quantity` units away. Pure: the caller gives the bins with what they hold and keeps
 * the suggestion advisory (the worker may scan any bin). Null when no rule finds a bin.
 */
export function suggestBin(request: SuggestionRequest): Suggestion | null {
  const storage = request.bins.filter((b) => b.type === 'storage').sort((a, b) => a.pickSequence - b.pickSequence || a.code.localeCompare(b.code));
  const pick = (rule: PutawayRule): CandidateBin | undefined => {
    switch (rule) {
      case PutawayRule.FixedPickFace:
        return request.bins.find((b) => b.id === request.fixedPickFaceId && hasRoom(b, request.quantity));
      case PutawayRule.SameProductAndLot:
        return storage.find((b) => b.holds.some((h) => h.productId === request.productId && h.lotId === request.lotId) && hasRoom(b, request.quantity));
      case PutawayRule.EmptyInPreferredZone:
        return request.preferredZone === null
          ? undefined
          : storage.find((b) => b.zone === request.preferredZone && b.occupied === 0 && hasRoom(b, request.quantity));
      case PutawayRule.AnyWithCapacity:
        return storage.find((b) => hasRoom(b, request.quantity));
    }
  };
  for (const rule of request.rules) {
    const bin = pick(rule);
    if (bin) return { binId: bin.id, rule };
  }
  return null;
}
