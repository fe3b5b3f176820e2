import { api, Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/problem';

export type Suggestion = Schemas['SuggestionDto'];
export type SuggestionKind = Schemas['SuggestionKind'];
export type Projection = Schemas['ProjectionDto'];
export type PlanningRun = Schemas['PlanningRunDto'];
export type OrderedPurchaseOrder = Schemas['OrderedPurchaseOrderDto'];

export interface SuggestionFilters {
  warehouseId: string;
  kind: SuggestionKind | '';
  spike: boolean;
}

/** Open suggestions, most urgent (soonest stock-out) first. */
export async function openSuggestions(f: SuggestionFilters): Promise<Suggestion[]> {
  const query = { limit: 200, sort: 'urgency' as const, warehouseId: f.warehouseId || undefined, kind: f.kind || undefined, spike: f.spike || undefined };
  return unwrap(await api.GET('/api/v1/planning/suggestions', { params: { query } })).items;
}

/** The last finished recompute, or null before the first one (the API answers 404 then). */
export async function latestRun(): Promise<PlanningRun | null> {
  try {
    return unwrap(await api.GET('/api/v1/planning/runs/latest'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Asks for a recompute and waits for it: the API only queues a background job, so the screen polls
 * the latest run until a newer one than before has finished.
 */
export async function recomputeAndWait(timeoutMs = 60_000): Promise<PlanningRun> {
  const before = await latestRun();
  unwrap(await api.POST('/api/v1/planning/recompute'));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    const run = await latestRun();
    if (run && run.id !== before?.id) return run;
  }
  throw new Error('The recompute is still running; the figures will update when it finishes.');
}

export async function dismissSuggestion(id: string, reason: string): Promise<Suggestion> {
  return unwrap(await api.POST('/api/v1/planning/suggestions/{id}/dismiss', { params: { path: { id } }, body: { reason } }));
}

export async function createDraftOrders(suggestionIds: string[]): Promise<OrderedPurchaseOrder[]> {
  return unwrap(await api.POST('/api/v1/planning/suggestions/purchase-orders', { body: { suggestionIds } })).purchaseOrders;
}

export async function projection(productId: string, warehouseId: string): Promise<Projection> {
  return unwrap(await api.GET('/api/v1/planning/projections/{productId}', { params: { path: { productId }, query: { warehouseId } } }));
}

/** Reorders and air expedites become purchase-order lines; expedite_po changes an order that exists. */
export const orderable = (s: Suggestion) => s.kind !== 'expedite_po';

/** What the planner is asked to do, in words. */
export function actionText(s: { kind: string; action: string | null; transportMode: string; purchaseOrderNumber: string | null; pullForwardDays: number | null }): string {
  if (s.kind === 'reorder') return 'Reorder by sea';
  if (s.kind === 'expedite_air') return 'Expedite by air';
  const po = s.purchaseOrderNumber ?? 'the open PO';
  if (s.action === 'switch_to_air') return `Switch ${po} to air`;
  if (s.action === 'pull_forward') return `Pull ${po} forward${s.pullForwardDays ? ` ${s.pullForwardDays} days` : ''}`;
  return `Change ${po}`;
}

export const KINDS: { value: SuggestionKind; label: string }[] = [
  { value: 'reorder', label: 'Reorder by sea' },
  { value: 'expedite_air', label: 'Expedite by air' },
  { value: 'expedite_po', label: 'Switch or pull forward a PO' },
];
