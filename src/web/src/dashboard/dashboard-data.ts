import { api, Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import type { Series } from './charts';

export interface ChartData {
  labels: string[];
  series: Series[];
}

/** Monday of the week of `iso`, as `YYYY-MM-DD` (UTC). */
export function weekStart(iso: string): string {
  const d = new Date(iso);
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
  return monday.toISOString().slice(0, 10);
}

function pivot(rows: { label: string; series: string; value: number }[], labels?: string[], seriesNames?: string[]): ChartData {
  const allLabels = labels ?? [...new Set(rows.map((r) => r.label))].sort();
  const names = seriesNames ?? [...new Set(rows.map((r) => r.series))].sort();
  return {
    labels: allLabels,
    series: names.map((name) => ({
      name,
      values: allLabels.map((label) => rows.filter((r) => r.label === label && r.series === name).reduce((s, r) => s + r.value, 0)),
    })),
  };
}

/** Units on inbound shipments still on their way, by the week they are due, per warehouse. */
export async function inboundUnitsByWeek(warehouses: Schemas['WarehouseDto'][]): Promise<ChartData> {
  const page = unwrap(await api.GET('/api/v1/inbound-shipments', { params: { query: { limit: 100, status: 'booked,cargo_ready,departed,arrived_port,customs_cleared,out_for_delivery' } } }));
  const open = page.items.slice(0, 30);
  const details = await Promise.all(open.map(async (s) => unwrap(await api.GET('/api/v1/inbound-shipments/{id}', { params: { path: { id: s.id } } }))));
  const code = (id: string) => warehouses.find((w) => w.id === id)?.code ?? id.slice(0, 8);
  return pivot(details.filter((s) => s.eta).map((s) => ({ label: weekStart(s.eta!), series: code(s.warehouseId), value: s.lines.reduce((n, l) => n + l.quantityShipped, 0) })));
}

export async function latePurchaseOrdersBySupplier(): Promise<ChartData> {
  const page = unwrap(await api.GET('/api/v1/purchase-orders', { params: { query: { late: true, limit: 200 } } }));
  return pivot(page.items.map((o) => ({ label: o.supplier.code, series: 'Late purchase orders', value: 1 })));
}

export async function purchaseOrdersByStatus(): Promise<ChartData> {
  const page = unwrap(await api.GET('/api/v1/purchase-orders', { params: { query: { limit: 200 } } }));
  const order = ['draft', 'submitted', 'approved', 'sent', 'confirmed', 'partially_received', 'received'];
  return pivot(page.items.map((o) => ({ label: o.status, series: 'Purchase orders', value: 1 })), order.filter((s) => page.items.some((o) => o.status === s)));
}

/** Units shipped and received per day over the last two weeks, from the stock ledger. */
export async function shippedVersusReceived(days = 14): Promise<ChartData> {
  const from = new Date(Date.now() - (days - 1) * 86_400_000);
  from.setUTCHours(0, 0, 0, 0);
  const labels = Array.from({ length: days }, (_, i) => new Date(from.getTime() + i * 86_400_000).toISOString().slice(0, 10));
  const sum = async (type: 'ship' | 'receipt', name: string) => {
    const page = unwrap(await api.GET('/api/v1/stock-movements', { params: { query: { type, from: from.toISOString(), limit: 200 } } }));
    return page.items.map((m) => ({ label: m.occurredAt.slice(0, 10), series: name, value: m.quantity }));
  };
  const rows = [...(await sum('ship', 'Units shipped')), ...(await sum('receipt', 'Units received'))];
  const data = pivot(rows, labels, ['Units shipped', 'Units received']);
  return { labels: labels.map((l) => l.slice(5)), series: data.series };
}
