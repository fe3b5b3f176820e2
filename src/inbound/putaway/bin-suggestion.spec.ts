import { CandidateBin, DEFAULT_RULE_ORDER, PutawayRule, SuggestionRequest, suggestBin } from './bin-suggestion';

const bin = (id: string, extra: Partial<CandidateBin> = {}): CandidateBin => ({
  id, code: id, type: 'storage', zone: 'A', capacity: 100, occupied: 0, holds: [], pickSequence: Number(id.replace(/\D/g, '')) || 0, ...extra,
});

const request = (bins: CandidateBin[], extra: Partial<SuggestionRequest> = {}): SuggestionRequest => ({
  productId: 'tee', lotId: 'lot-1', quantity: 10, rules: DEFAULT_RULE_ORDER, fixedPickFaceId: null, preferredZone: null, bins, ...extra,
});

describe('suggestBin', () => {
  const pickFace = bin('P1', { type: 'pick_face', capacity: 20, occupied: 5 });
  const sameLot = bin('S2', { occupied: 30, holds: [{ productId: 'tee', lotId: 'lot-1' }] });
  const emptyInZoneB = bin('S3', { zone: 'B' });
  const other = bin('S1', { occupied: 40, holds: [{ productId: 'hoodie', lotId: null }] });
  const all = [pickFace, sameLot, emptyInZoneB, other];

  it('takes the fixed pick face first when it has room', () => {
    expect(suggestBin(request(all, { fixedPickFaceId: 'P1', preferredZone: 'B' }))).toEqual({ binId: 'P1', rule: PutawayRule.FixedPickFace });
  });

  it('skips a full pick face for a bin with the same product and lot', () => {
    expect(suggestBin(request(all, { fixedPickFaceId: 'P1', quantity: 16, preferredZone: 'B' }))).toEqual({ binId: 'S2', rule: PutawayRule.SameProductAndLot });
  });

  it('does not count the same product of another lot as a match', () => {
    expect(suggestBin(request(all, { lotId: 'lot-2', preferredZone: 'B' }))).toEqual({ binId: 'S3', rule: PutawayRule.EmptyInPreferredZone });
  });

  it('falls back to any storage bin with room, in walk order', () => {
    expect(suggestBin(request(all, { lotId: 'lot-2' }))).toEqual({ binId: 'S1', rule: PutawayRule.AnyWithCapacity });
    expect(suggestBin(request(all, { lotId: 'lot-2', quantity: 65 }))).toEqual({ binId: 'S2', rule: PutawayRule.AnyWithCapacity });
  });

  it('treats a bin without capacity as never full, and never suggests non-storage bins by the general rules', () => {
    const unlimited = bin('S9', { capacity: null, occupied: 10_000 });
    expect(suggestBin(request([pickFace, unlimited], { quantity: 500 }))).toEqual({ binId: 'S9', rule: PutawayRule.AnyWithCapacity });
    expect(suggestBin(request([pickFace], { quantity: 1 }))).toBeNull();
  });

  it('follows the configured order: the first rule that matches wins', () => {
    const rules = [PutawayRule.EmptyInPreferredZone, PutawayRule.FixedPickFace];
    expect(suggestBin(request(all, { rules, fixedPickFaceId: 'P1', preferredZone: 'B' }))).toEqual({ binId: 'S3', rule: PutawayRule.EmptyInPreferredZone });
    expect(suggestBin(request(all, { rules: [PutawayRule.FixedPickFace], fixedPickFaceId: null }))).toBeNull();
  });
});
