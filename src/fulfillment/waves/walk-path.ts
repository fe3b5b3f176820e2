/**
 * The pick-path rule. Bin codes read `zone-aisle-rack-level` (e.g. `A-01-02-03`). A picker walks
 * zone by zone, aisle by aisle; aisles are walked in alternating directions (serpentine): the
 * first aisle the list visits up (racks ascending), the next down, and so on, so the picker never
 * walks an aisle back empty. Within a rack, levels go bottom up. Codes of another shape come last,
 * in code order.
 */
export interface WalkAddress {
  zone: string;
  aisle: string;
  rack: string;
  level: string;
}

export function parseWalkAddress(code: string): WalkAddress | null {
  const parts = code.toUpperCase().split('-');
  if (parts.length !== 4 || parts.some((p) => !p)) return null;
  const [zone, aisle, rack, level] = parts;
  return { zone, aisle, rack, level };
}

/** Compares code segments: numbers by value (`2` before `10`), anything else as text. */
export function compareSegments(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b) || a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts items along the walk path. `codeOf` gives an item's bin code; items in the same bin keep
 * their relative order (the sort is stable).
 */
export function sortAlongWalk<T>(items: readonly T[], codeOf: (item: T) => string): T[] {
  const addressed = items.map((item, index) => ({ item, index, code: codeOf(item), address: parseWalkAddress(codeOf(item)) }));
  const aisleKey = (a: WalkAddress) => `${a.zone}\u0000${a.aisle}`;
  const aisles = [...new Map(addressed.filter((x) => x.address).map((x) => [aisleKey(x.address!), x.address!])).values()].sort(
    (a, b) => compareSegments(a.zone, b.zone) || compareSegments(a.aisle, b.aisle),
  );
  // Direction alternates with each aisle the list actually visits.
  const visit = new Map(aisles.map((a, i) => [aisleKey(a), i]));
  return addressed
    .sort((x, y) => {
      if (!x.address || !y.address) return (x.address ? -1 : y.address ? 1 : compareSegments(x.code, y.code)) || x.index - y.index;
      const vx = visit.get(aisleKey(x.address))!;
      const vy = visit.get(aisleKey(y.address))!;
      if (vx !== vy) return vx - vy;
      const direction = vx % 2 === 0 ? 1 : -1;
      return direction * compareSegments(x.address.rack, y.address.rack) || compareSegments(x.address.level, y.address.level) || x.index - y.index;
    })
    .map((x) => x.item);
}
