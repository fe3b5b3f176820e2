import { useState } from 'react';
import { api } from '../api/client';
import { errorMessage, unwrap } from '../api/problem';
import { useSession } from '../auth/session';
import { useWarehouse } from '../scan/use-warehouse';
import { DataTable, ErrorNote, Loading, Page, StatusBadge } from '../ui/components';
import { dateTime, money } from '../ui/format';
import { Link } from '../ui/router';
import { useAsync } from '../ui/use-async';

export function CycleCountList() {
  const { can } = useSession();
  const { warehouse } = useWarehouse();
  const [error, setError] = useState<string | null>(null);
  const counts = useAsync(async () => unwrap(await api.GET('/api/v1/cycle-counts', { params: { query: { limit: 100, warehouseId: warehouse?.id } } })), [warehouse?.id]);
  const create = async () => {
    if (!warehouse) return;
    try {
      unwrap(await api.POST('/api/v1/cycle-counts', { body: { warehouseId: warehouse.id } }));
      counts.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Page title="Cycle counts" actions={can('warehouse_lead') && <button type="button" className="button button-primary" onClick={() => void create()}>Count the whole warehouse</button>}>
      <ErrorNote error={counts.error ?? error} />
      <Loading when={counts.loading && !counts.data} />
      <DataTable
        caption="Cycle counts"
        rows={counts.data?.items}
        rowKey={(c) => c.id}
        columns={[
          { header: 'Count', cell: (c) => <Link to={`/cycle-counts/${c.id}`}>{c.id.slice(0, 8)}</Link> },
          { header: 'Status', cell: (c) => <StatusBadge status={c.status} /> },
          { header: 'Bins', cell: (c) => c.locationCount, align: 'end' },
          { header: 'Counted', cell: (c) => `${c.progress.counted} / ${c.progress.lines}`, align: 'end' },
          { header: 'Created', cell: (c) => `${c.createdBy}, ${dateTime(c.createdAt)}` },
        ]}
      />
    </Page>
  );
}

/** A lead reviews a count's variances (the expected figures the counters never saw) and approves or asks for a recount. */
export function CycleCountDetail({ id }: { id: string }) {
  const { can } = useSession();
  const count = useAsync(async () => unwrap(await api.GET('/api/v1/cycle-counts/{id}', { params: { path: { id } } })), [id]);
  const lead = can('warehouse_lead');
  const variances = useAsync(async () => (lead ? unwrap(await api.GET('/api/v1/cycle-counts/{id}/variances', { params: { path: { id } } })) : null), [id, lead]);
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const c = count.data;

  const act = async (action: 'submit' | 'approve' | 'cancel' | 'recount') => {
    setError(null);
    const params = { params: { path: { id } } };
    try {
      if (action === 'recount') unwrap(await api.POST('/api/v1/cycle-counts/{id}/recount', { ...params, body: { lineIds: selected, reason: 'Variance over tolerance' } }));
      else if (action === 'submit') unwrap(await api.POST('/api/v1/cycle-counts/{id}/submit', params));
      else if (action === 'approve') unwrap(await api.POST('/api/v1/cycle-counts/{id}/approve', params));
      else unwrap(await api.POST('/api/v1/cycle-counts/{id}/cancel', params));
      count.reload();
      variances.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const lines = variances.data?.lines ?? c?.lines ?? [];
  return (
    <Page title="Cycle count">
      <Loading when={count.loading && !c} />
      <ErrorNote error={count.error ?? error} />
      {c && (
        <>
          <dl className="facts">
            <div><dt>Status</dt><dd><StatusBadge status={c.status} /></dd></div>
            <div><dt>Progress</dt><dd>{c.progress.counted} of {c.progress.lines} lines counted</dd></div>
            <div><dt>Bins</dt><dd>{c.locations.map((l) => l.code).join(', ')}</dd></div>
          </dl>
          {lead && (
            <div className="action-bar" role="group" aria-label="Count actions">
              {c.allowedActions.includes('submit') && <button type="button" className="button" onClick={() => void act('submit')}>Submit for approval</button>}
              {c.allowedActions.includes('approve') && <button type="button" className="button button-primary" onClick={() => void act('approve')}>Approve and post variances</button>}
              {c.allowedActions.includes('recount') && <button type="button" className="button" disabled={!selected.length} onClick={() => void act('recount')}>Recount selected</button>}
              {c.allowedActions.includes('cancel') && <button type="button" className="button button-danger" onClick={() => void act('cancel')}>Cancel count</button>}
            </div>
          )}
          <DataTable
            caption="Count lines"
            rows={lines}
            rowKey={(l) => l.id}
            columns={[
              ...(lead ? [{ header: 'Recount', cell: (l: (typeof lines)[number]) => <input type="checkbox" aria-label={`Recount ${l.locationCode} ${l.sku}`} checked={selected.includes(l.id)} onChange={(e) => setSelected((s) => (e.target.checked ? [...s, l.id] : s.filter((x) => x !== l.id)))} /> }] : []),
              { header: 'Bin', cell: (l) => l.locationCode },
              { header: 'SKU', cell: (l) => l.sku },
              { header: 'Expected', cell: (l) => l.expected ?? '—', align: 'end' as const },
              { header: 'Counted', cell: (l) => l.counted, align: 'end' as const },
              { header: 'Variance', cell: (l) => l.variance ?? '—', align: 'end' as const },
              { header: 'Value', cell: (l) => (l.varianceValueMinor !== undefined && l.currency ? money(l.varianceValueMinor, l.currency) : '—'), align: 'end' as const },
            ]}
          />
        </>
      )}
    </Page>
  );
}
