import { useState } from 'react';
import { api, Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { useSession } from '../auth/session';
import { LabelActions } from '../printing/LabelActions';
import { DataTable, ErrorNote, Field, Loading, Page, StatusBadge } from '../ui/components';
import { dateTime, money, words } from '../ui/format';
import { Link } from '../ui/router';
import { useAsync } from '../ui/use-async';

const STATUSES = ['received', 'allocated', 'backordered', 'picking', 'picked', 'packed', 'shipped', 'delivered', 'cancelled', 'returned'];

export function OrderList() {
  const [status, setStatus] = useState('');
  const [externalId, setExternalId] = useState('');
  const orders = useAsync(
    async () => unwrap(await api.GET('/api/v1/outbound-orders', { params: { query: { limit: 100, status: (status || undefined) as Schemas['OutboundOrderStatus'] | undefined, externalId: externalId || undefined } } })),
    [status, externalId],
  );
  return (
    <Page title="Outbound orders">
      <div className="filters">
        <Field label="Shop order number">{(id) => <input id={id} value={externalId} onChange={(e) => setExternalId(e.target.value)} />}</Field>
        <Field label="Status">
          {(id) => (
            <select id={id} value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">Any</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>{words(s)}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorNote error={orders.error} />
      <Loading when={orders.loading && !orders.data} />
      <DataTable
        caption="Outbound orders"
        rows={orders.data?.items}
        rowKey={(o) => o.id}
        columns={[
          { header: 'Order', cell: (o) => <Link to={`/outbound-orders/${o.id}`}>{o.externalId}</Link> },
          { header: 'Channel', cell: (o) => o.channel },
          { header: 'Status', cell: (o) => <StatusBadge status={o.status} /> },
          { header: 'Ship to', cell: (o) => `${o.shipTo.name}, ${o.shipTo.city} ${o.shipTo.country}` },
          { header: 'Total', cell: (o) => money(o.totalMinor, o.currency), align: 'end' },
          { header: 'Placed', cell: (o) => dateTime(o.placedAt) },
        ]}
      />
    </Page>
  );
}

/** A parcel's carrier tracking timeline; a parcel nobody has tracked yet answers 404, which is no error here. */
function ParcelTracking({ parcelId }: { parcelId: string }) {
  const tracking = useAsync(async () => {
    const res = await api.GET('/api/v1/parcels/{id}/tracking', { params: { path: { id: parcelId } } });
    return res.response.status === 404 ? null : unwrap(res);
  }, [parcelId]);
  if (tracking.loading) return null;
  if (tracking.error) return <p className="muted">Tracking unavailable: {tracking.error}</p>;
  if (!tracking.data || tracking.data.events.length === 0) return <p className="muted">No tracking events yet.</p>;
  return (
    <>
      <p>
        Tracking {tracking.data.trackingNumber ?? '—'}: <StatusBadge status={tracking.data.trackingStatus} />
        {tracking.data.trackingUrl && (
          <>
            {' '}
            <a href={tracking.data.trackingUrl} rel="noreferrer" target="_blank">
              carrier page
            </a>
          </>
        )}
      </p>
      <ol className="timeline">
        {tracking.data.events.map((e, i) => (
          <li key={i}>
            <time dateTime={e.occurredAt}>{dateTime(e.occurredAt)}</time> <strong>{words(e.status)}</strong> {e.description}
          </li>
        ))}
      </ol>
    </>
  );
}

function OrderParcels({ orderId }: { orderId: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const session = useAsync(async () => unwrap(await api.GET('/api/v1/pack-sessions/{id}', { params: { path: { id: orderId } } })), [orderId]);
  if (!session.data) return session.error ? <p className="muted">Parcels: {session.error}</p> : null;
  return (
    <>
      {message && <p className="note" role="status">{message}</p>}
      <ul className="plain-list">
        {session.data.parcels.map((p) => (
          <li key={p.id} className="panel">
            <h3>
              Parcel {p.sequence} of {p.parcelCount} · <StatusBadge status={p.status} /> · {p.boxTypeCode} · {p.grossWeightG ?? p.computedWeightG} g
            </h3>
            {p.status !== 'open' && <LabelActions parcelId={p.id} onMessage={(_, text) => setMessage(text)} />}
            <ParcelTracking parcelId={p.id} />
          </li>
        ))}
      </ul>
    </>
  );
}

export function OrderDetail({ id }: { id: string }) {
  const { can } = useSession();
  const order = useAsync(async () => unwrap(await api.GET('/api/v1/outbound-orders/{id}', { params: { path: { id } } })), [id]);
  const o = order.data;
  return (
    <Page title={o ? `Order ${o.externalId}` : 'Order'}>
      <Loading when={order.loading && !o} />
      <ErrorNote error={order.error} />
      {o && (
        <>
          <dl className="facts">
            <div><dt>Status</dt><dd><StatusBadge status={o.status} /></dd></div>
            <div><dt>Ship to</dt><dd>{o.shipTo.name}, {o.shipTo.addressLines.join(', ')}, {o.shipTo.postcode} {o.shipTo.city}, {o.shipTo.country}</dd></div>
            <div><dt>Service</dt><dd>{words(o.serviceLevel)}</dd></div>
            <div><dt>Total</dt><dd>{money(o.totalMinor, o.currency)}</dd></div>
          </dl>
          <h2>Lines</h2>
          <DataTable
            caption="Order lines"
            rows={o.lines}
            rowKey={(l) => String(l.lineNo)}
            columns={[
              { header: 'SKU', cell: (l) => l.sku },
              { header: 'Quantity', cell: (l) => l.quantity, align: 'end' },
              { header: 'Unit price', cell: (l) => money(l.unitPriceMinor, o.currency), align: 'end' },
            ]}
          />
          <h2>History</h2>
          <ol className="timeline">
            {o.history.map((e, i) => (
              <li key={i}>
                <time dateTime={e.occurredAt}>{dateTime(e.occurredAt)}</time> <strong>{words(e.action)}</strong> by {e.actorLabel}
                {e.reason && <> · “{e.reason}”</>}
              </li>
            ))}
          </ol>
          {can('warehouse', 'warehouse_lead') && ['packed', 'shipped', 'delivered'].includes(o.status) && (
            <>
              <h2>Parcels</h2>
              <OrderParcels orderId={o.id} />
            </>
          )}
        </>
      )}
    </Page>
  );
}
