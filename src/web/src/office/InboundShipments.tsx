import { FormEvent, useState } from 'react';
import { api, Schemas } from '../api/client';
import { errorMessage, unwrap } from '../api/problem';
import { useSession } from '../auth/session';
import { DataTable, ErrorNote, Field, Loading, Page, StatusBadge } from '../ui/components';
import { dateTime, words } from '../ui/format';
import { Link } from '../ui/router';
import { useAsync } from '../ui/use-async';

const MILESTONES: Schemas['ReportableMilestone'][] = ['cargo_ready', 'departed', 'arrived_port', 'customs_cleared', 'out_for_delivery', 'delivered_to_warehouse'];

export function ShipmentList() {
  const [view, setView] = useState<'' | 'in_transit' | 'late'>('');
  const shipments = useAsync(async () => unwrap(await api.GET('/api/v1/inbound-shipments', { params: { query: { limit: 100, view: view || undefined } } })), [view]);
  return (
    <Page title="Inbound shipments">
      <div className="filters">
        <Field label="Show">
          {(id) => (
            <select id={id} value={view} onChange={(e) => setView(e.target.value as typeof view)}>
              <option value="">All</option>
              <option value="in_transit">In transit</option>
              <option value="late">Late</option>
            </select>
          )}
        </Field>
      </div>
      <ErrorNote error={shipments.error} />
      <Loading when={shipments.loading && !shipments.data} />
      <DataTable
        caption="Inbound shipments"
        rows={shipments.data?.items}
        rowKey={(s) => s.id}
        columns={[
          { header: 'Number', cell: (s) => <Link to={`/inbound-shipments/${s.id}`}>{s.number}</Link> },
          { header: 'Mode', cell: (s) => words(s.mode) },
          { header: 'Status', cell: (s) => <StatusBadge status={s.status} /> },
          { header: 'Route', cell: (s) => `${s.originPort ?? '?'} → ${s.destinationPort ?? '?'}` },
          { header: 'ETA', cell: (s) => dateTime(s.eta) },
          { header: 'Slip', cell: (s) => (s.etaSlipHours ? `${s.etaSlipHours} h` : '—'), align: 'end' },
        ]}
      />
    </Page>
  );
}

export function ShipmentDetail({ id }: { id: string }) {
  const { can } = useSession();
  const shipment = useAsync(async () => unwrap(await api.GET('/api/v1/inbound-shipments/{id}', { params: { path: { id } } })), [id]);
  const [milestone, setMilestone] = useState<Schemas['ReportableMilestone']>('departed');
  const [eta, setEta] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const s = shipment.data;
  const editor = can('procurement', 'procurement_manager', 'logistics');

  const submit = async (event: FormEvent, work: () => Promise<unknown>) => {
    event.preventDefault();
    setError(null);
    try {
      await work();
      shipment.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Page title={s ? `Shipment ${s.number}` : 'Shipment'}>
      <Loading when={shipment.loading && !s} />
      <ErrorNote error={shipment.error ?? error} />
      {s && (
        <>
          <dl className="facts">
            <div><dt>Status</dt><dd><StatusBadge status={s.status} /></dd></div>
            <div><dt>Mode</dt><dd>{words(s.mode)}</dd></div>
            <div><dt>ETA</dt><dd>{dateTime(s.eta)}{s.etaSlipHours ? ` (${s.etaSlipHours} h later than first announced)` : ''}</dd></div>
            <div><dt>Vessel / flight</dt><dd>{s.vessel ?? s.flightNumber ?? '—'}</dd></div>
            <div><dt>Containers</dt><dd>{s.containerNumbers.join(', ') || '—'}</dd></div>
            <div><dt>B/L / AWB</dt><dd>{s.masterBillOfLading ?? s.airWaybill ?? '—'}</dd></div>
            <div><dt>Cartons</dt><dd>{s.cartonCount}</dd></div>
            <div><dt>Shipment id</dt><dd><code>{s.id}</code></dd></div>
          </dl>
          <h2>Milestones</h2>
          <ol className="timeline">
            {s.milestones.map((m, i) => (
              <li key={i}>
                <time dateTime={m.occurredAt}>{dateTime(m.occurredAt)}</time> <strong>{words(m.milestone)}</strong>
                {m.location && <> at {m.location}</>} <span className="muted">· {m.actorLabel}</span>
              </li>
            ))}
          </ol>
          <h2>ETA changes</h2>
          <ol className="timeline">
            {s.etaHistory.length === 0 && <li className="muted">The ETA has not changed.</li>}
            {s.etaHistory.map((e, i) => (
              <li key={i}>
                <time dateTime={e.changedAt}>{dateTime(e.changedAt)}</time> {dateTime(e.oldEta)} → <strong>{dateTime(e.newEta)}</strong> by {e.actorLabel}
                {e.reason && <> · “{e.reason}”</>}
              </li>
            ))}
          </ol>
          {editor && (
            <div className="two-forms">
              <form className="panel" onSubmit={(e) => void submit(e, async () => unwrap(await api.POST('/api/v1/inbound-shipments/{id}/milestones', { params: { path: { id } }, body: { milestone } })))}>
                <h3>Record a milestone</h3>
                <Field label="Milestone">
                  {(fid) => (
                    <select id={fid} value={milestone} onChange={(e) => setMilestone(e.target.value as typeof milestone)}>
                      {MILESTONES.map((m) => (
                        <option key={m} value={m}>{words(m)}</option>
                      ))}
                    </select>
                  )}
                </Field>
                <button type="submit" className="button button-primary">Record</button>
              </form>
              <form className="panel" onSubmit={(e) => void submit(e, async () => unwrap(await api.POST('/api/v1/inbound-shipments/{id}/eta', { params: { path: { id } }, body: { eta: new Date(eta).toISOString(), reason: reason || undefined } })))}>
                <h3>Change the ETA</h3>
                <Field label="New ETA">{(fid) => <input id={fid} type="datetime-local" required value={eta} onChange={(e) => setEta(e.target.value)} />}</Field>
                <Field label="Reason">{(fid) => <input id={fid} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
                <button type="submit" className="button button-primary">Change ETA</button>
              </form>
            </div>
          )}
          <h2>Lines</h2>
          <DataTable
            caption="Shipment lines"
            rows={s.lines}
            rowKey={(l) => l.id}
            columns={[
              { header: 'PO', cell: (l) => <Link to={`/purchase-orders/${l.purchaseOrderId}`}>{l.purchaseOrderNumber}</Link> },
              { header: 'SKU', cell: (l) => l.sku },
              { header: 'Shipped', cell: (l) => l.quantityShipped, align: 'end' },
            ]}
          />
        </>
      )}
    </Page>
  );
}
