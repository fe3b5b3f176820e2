import { useState } from 'react';
import { api } from '../api/client';
import { errorMessage, unwrap } from '../api/problem';
import { ErrorNote, Field, Loading, Page } from '../ui/components';
import { dateTime } from '../ui/format';
import { Link } from '../ui/router';
import { useAsync } from '../ui/use-async';
import { DismissForm } from './DismissForm';
import { createDraftOrders, KINDS, latestRun, openSuggestions, OrderedPurchaseOrder, recomputeAndWait, Suggestion, SuggestionFilters } from './planning-api';
import { SuggestionTable } from './SuggestionTable';

/** Reorder and expedite suggestions for buyers: filter, turn some into draft POs, dismiss others, recompute. */
export function PlanningPage() {
  const [filters, setFilters] = useState<SuggestionFilters>({ warehouseId: '', kind: '', spike: false });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dismissing, setDismissing] = useState<Suggestion | null>(null);
  const [busy, setBusy] = useState<'recompute' | 'order' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [ordered, setOrdered] = useState<OrderedPurchaseOrder[]>([]);
  const warehouses = useAsync(async () => unwrap(await api.GET('/api/v1/warehouses', { params: { query: { limit: 100 } } })).items, []);
  const run = useAsync(latestRun, []);
  const list = useAsync(() => openSuggestions(filters), [filters]);
  const code = (id: string) => warehouses.data?.find((w) => w.id === id)?.code ?? id.slice(0, 8);
  const chosen = (list.data ?? []).filter((s) => selected.has(s.id));

  const act = async (kind: 'recompute' | 'order', work: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    setNote(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const recompute = () =>
    act('recompute', async () => {
      const finished = await recomputeAndWait();
      run.set(finished);
      setNote(`Recomputed: ${finished.items} item(s), ${finished.suggestions} suggestion(s), ${finished.spikes} spike(s).`);
      list.reload();
    });
  const order = () =>
    act('order', async () => {
      setOrdered(await createDraftOrders(chosen.map((s) => s.id)));
      setSelected(new Set());
      list.reload();
    });
  const toggle = (id: string, on: boolean) => setSelected((prev) => { const next = new Set(prev); if (on) next.add(id); else next.delete(id); return next; });
  const filter = (patch: Partial<SuggestionFilters>) => { setFilters((f) => ({ ...f, ...patch })); setSelected(new Set()); };

  return (
    <Page
      title="Planning"
      actions={
        <button type="button" className="button" onClick={recompute} disabled={busy !== null}>
          {busy === 'recompute' ? 'Recomputing…' : 'Recompute now'}
        </button>
      }
    >
      <p className="muted" aria-live="polite">
        {run.data ? `Figures from ${dateTime(run.data.finishedAt)} (${run.data.trigger}).` : run.loading ? '' : 'Not computed yet: recompute to see suggestions.'}
      </p>
      <form className="filters" aria-label="Filter suggestions" onSubmit={(e) => e.preventDefault()}>
        <Field label="Warehouse">
          {(id) => (
            <select id={id} value={filters.warehouseId} onChange={(e) => filter({ warehouseId: e.target.value })}>
              <option value="">Any</option>
              {(warehouses.data ?? []).map((w) => <option key={w.id} value={w.id}>{w.code}</option>)}
            </select>
          )}
        </Field>
        <Field label="Action">
          {(id) => (
            <select id={id} value={filters.kind} onChange={(e) => filter({ kind: e.target.value as SuggestionFilters['kind'] })}>
              <option value="">Any</option>
              {KINDS.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
            </select>
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={filters.spike} onChange={(e) => filter({ spike: e.target.checked })} /> Spikes only
        </label>
      </form>
      <div aria-live="polite">
        {note && <p className="note note-ok">{note}</p>}
        {ordered.length > 0 && (
          <div className="note note-ok" data-testid="ordered-pos">
            Draft purchase orders created:{' '}
            {ordered.map((po, i) => (
              <span key={po.purchaseOrderId}>
                {i > 0 && ', '}
                <Link to={`/purchase-orders/${po.purchaseOrderId}`}>{po.purchaseOrderNumber}</Link> ({po.transportMode})
              </span>
            ))}
          </div>
        )}
      </div>
      <ErrorNote error={error ?? list.error} />
      <div className="action-bar">
        <button type="button" className="button button-primary" onClick={order} disabled={busy !== null || chosen.length === 0}>
          {busy === 'order' ? 'Creating…' : `Create draft POs${chosen.length ? ` (${chosen.length})` : ''}`}
        </button>
      </div>
      {dismissing && (
        <DismissForm
          suggestion={dismissing}
          onCancel={() => setDismissing(null)}
          onDone={(s) => { setDismissing(null); toggle(s.id, false); list.set((list.data ?? []).filter((x) => x.id !== s.id)); setNote(`Dismissed ${s.sku}.`); }}
        />
      )}
      <Loading when={list.loading && !list.data} />
      <SuggestionTable rows={list.data} selected={selected} onToggle={toggle} onDismiss={setDismissing} warehouseCode={code} />
    </Page>
  );
}
