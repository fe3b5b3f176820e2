import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useSession } from '../../auth/session';
import { DataTable, ErrorNote, Field, Loading, Page, StatusBadge } from '../../ui/components';
import { date, money, words } from '../../ui/format';
import { Link } from '../../ui/router';
import { useAsync } from '../../ui/use-async';

const STATUSES = ['draft', 'submitted', 'approved', 'sent', 'confirmed', 'partially_received', 'received', 'closed', 'cancelled'];

export function PurchaseOrderList() {
  const { can } = useSession();
  const [status, setStatus] = useState('');
  const [supplierId, setSupplierId] = useState('');
  const [late, setLate] = useState(false);
  const [mine, setMine] = useState(false);
  const [q, setQ] = useState('');
  const suppliers = useAsync(async () => unwrap(await api.GET('/api/v1/suppliers', { params: { query: { limit: 200, sort: 'code' } } })).items, []);
  const orders = useAsync(
    async () =>
      unwrap(
        await api.GET('/api/v1/purchase-orders', {
          params: {
            query: {
              limit: 100, status: status || undefined, supplierId: supplierId || undefined, late: late || undefined,
              awaitingMyApproval: mine || undefined, q: q || undefined,
            },
          },
        }),
      ),
    [status, supplierId, late, mine, q],
  );

  return (
    <Page
      title="Purchase orders"
      actions={
        <Link to="/purchase-orders/new" className="button button-primary">
          New purchase order
        </Link>
      }
    >
      <form className="filters" aria-label="Filter purchase orders" onSubmit={(e) => e.preventDefault()}>
        <Field label="Number starts with">{(id) => <input id={id} value={q} onChange={(e) => setQ(e.target.value.toUpperCase())} placeholder="PO-2026-" />}</Field>
        <Field label="Status">
          {(id) => (
            <select id={id} value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">Any</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {words(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Supplier">
          {(id) => (
            <select id={id} value={supplierId} onChange={(e) => setSupplierId(e.target.value)}>
              <option value="">Any</option>
              {(suppliers.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.code} — {s.legalNameEn}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={late} onChange={(e) => setLate(e.target.checked)} /> Late only
        </label>
        {can('procurement_manager') && (
          <label className="check">
            <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> Awaiting my approval
          </label>
        )}
      </form>
      <ErrorNote error={orders.error} />
      <Loading when={orders.loading && !orders.data} />
      <DataTable
        caption="Purchase orders"
        rows={orders.data?.items}
        rowKey={(o) => o.id}
        empty="No purchase orders match."
        columns={[
          { header: 'Number', cell: (o) => <Link to={`/purchase-orders/${o.id}`}>{o.number}</Link> },
          { header: 'Supplier', cell: (o) => `${o.supplier.code} — ${o.supplier.legalNameEn}` },
          { header: 'Status', cell: (o) => <StatusBadge status={o.status} /> },
          { header: 'Total', cell: (o) => money(o.totalMinor, o.currency), align: 'end' },
          { header: 'Ready by', cell: (o) => date(o.requestedReadyDate) },
          { header: 'Created', cell: (o) => date(o.createdAt) },
        ]}
      />
      {orders.data && <p className="muted">{orders.data.total} purchase order(s)</p>}
    </Page>
  );
}
