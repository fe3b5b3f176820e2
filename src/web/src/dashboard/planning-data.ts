import { api, Schemas } from '../api/client';
import { unwrap } from '../api/problem';

export interface RankedData {
  labels: string[];
  values: number[];
}

/**
 * The SKU × warehouse pairs with the fewest days of cover, from the open suggestions of the last
 * recompute: a pair with no suggestion is covered through its lead time, so it cannot rank here.
 */
export async function stockAtRisk(warehouses: Schemas['WarehouseDto'][], top = 10): Promise<RankedData> {
  const page = unwrap(await api.GET('/api/v1/planning/suggestions', { params: { query: { limit: 200, sort: 'urgency' } } }));
  const code = (id: string) => warehouses.find((w) => w.id === id)?.code ?? id.slice(0, 8);
  const fewest = new Map<string, { label: string; days: number }>();
  for (const s of page.items) {
    const key = `${s.productId}:${s.warehouseId}`;
    const seen = fewest.get(key);
    if (!seen || s.daysOfCover < seen.days) fewest.set(key, { label: `${s.sku} · ${code(s.warehouseId)}`, days: s.daysOfCover });
  }
  const rows = [...fewest.values()].sort((a, b) => a.days - b.days || a.label.localeCompare(b.label)).slice(0, top);
  return { labels: rows.map((r) => r.label), values: rows.map((r) => r.days) };
}

/** Units picked per clock hour over the last day, from `pick` movements in the stock ledger. */
export async function unitsPickedPerHour(hours = 24, maxPages = 5): Promise<{ labels: string[]; series: { name: string; values: number[] }[] }> {
  const start = new Date(Date.now() - (hours - 1) * 3_600_000);
  start.setMinutes(0, 0, 0);
  const values = new Array<number>(hours).fill(0);
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = unwrap(await api.GET('/api/v1/stock-movements', { params: { query: { type: 'pick', from: start.toISOString(), limit: 200, cursor } } }));
    for (const m of page.items) {
      const slot = Math.floor((new Date(m.occurredAt).getTime() - start.getTime()) / 3_600_000);
      if (slot >= 0 && slot < hours) values[slot] += m.quantity;
    }
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  const labels = values.map((_, i) => `${String(new Date(start.getTime() + i * 3_600_000).getHours()).padStart(2, '0')}:00`);
  return { labels, series: [{ name: 'Units picked', values }] };
}
