import { PickListKind } from '../entities/pick-list.entity';

/** An allocated order as waving sees it. */
export interface WaveCandidate {
  orderId: string;
  /** Pick lines the order brings (one per allocation). */
  lines: number;
}

export interface WaveLimits {
  maxOrders: number;
  maxLines: number;
}

/**
 * Takes orders (given oldest first) into a wave until the next one would break a limit. The oldest
 * order always goes in, even when it alone has more lines than `maxLines`: otherwise it would never
 * be picked. Stopping at the first misfit (instead of skipping it) keeps the wave oldest-first.
 */
export function selectWaveOrders(candidates: readonly WaveCandidate[], limits: WaveLimits): WaveCandidate[] {
  const chosen: WaveCandidate[] = [];
  let lines = 0;
  for (const c of candidates) {
    if (chosen.length >= limits.maxOrders) break;
    if (chosen.length > 0 && lines + c.lines > limits.maxLines) break;
    chosen.push(c);
    lines += c.lines;
  }
  return chosen;
}

export interface PickListPlan {
  kind: PickListKind;
  /** Order ids; the position is the tote slot − 1. */
  orderIds: string[];
}

/**
 * Splits a released wave into pick lists: an order with more than `singleOrderLines` lines is
 * picked on its own; smaller ones share carts of `cartTotes` totes, in wave order.
 */
export function planPickLists(orders: readonly WaveCandidate[], singleOrderLines: number, cartTotes: number): PickListPlan[] {
  const singles = orders.filter((o) => o.lines > singleOrderLines).map((o): PickListPlan => ({ kind: PickListKind.Single, orderIds: [o.orderId] }));
  const small = orders.filter((o) => o.lines <= singleOrderLines);
  const carts: PickListPlan[] = [];
  for (let i = 0; i < small.length; i += cartTotes) carts.push({ kind: PickListKind.Batch, orderIds: small.slice(i, i + cartTotes).map((o) => o.orderId) });
  return [...singles, ...carts];
}
