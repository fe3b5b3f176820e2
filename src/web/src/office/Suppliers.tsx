import { useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { DataTable, ErrorNote, Field, Loading, Page } from '../ui/components';
import { money } from '../ui/format';
import { useAsync } from '../ui/use-async';

function SupplierProducts({ supplierId }: { supplierId: string }) {
  const offers = useAsync(async () => unwrap(await api.GET('/api/v1/suppliers/{id}/products', { params: { path: { id: supplierId }, query: { limit: 200 } } })).items, [supplierId]);
  return (
    <DataTable
      caption="Products of the supplier"
      rows={offers.data}
      rowKey={(o) => o.id}
      empty="This supplier sells no products yet."
      columns={[
        { header: 'Supplier item', cell: (o) => `${o.supplierItemCode} — ${o.supplierItemName}` },
        { header: 'Price', cell: (o) => money(o.unitPriceMinor, o.currency), align: 'end' },
        { header: 'MOQ', cell: (o) => o.moq, align: 'end' },
        { header: 'Per carton', cell: (o) => o.unitsPerCarton, align: 'end' },
        { header: 'Preferred', cell: (o) => (o.preferred ? 'yes' : '') },
      ]}
    />
  );
}

export function SuppliersPage() {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const suppliers = useAsync(async () => unwrap(await api.GET('/api/v1/suppliers', { params: { query: { limit: 200, q: q || undefined } } })), [q]);
  return (
    <Page title="Suppliers">
      <div className="filters">
        <Field label="Search">{(id) => <input id={id} value={q} onChange={(e) => setQ(e.target.value)} />}</Field>
      </div>
      <ErrorNote error={suppliers.error} />
      <Loading when={suppliers.loading && !suppliers.data} />
      <DataTable
        caption="Suppliers"
        rows={suppliers.data?.items}
        rowKey={(s) => s.id}
        columns={[
          { header: 'Code', cell: (s) => s.code },
          { header: 'Name', cell: (s) => <>{s.legalNameEn}{s.legalNameZh && <span lang="zh" className="muted"> {s.legalNameZh}</span>}</> },
          { header: 'Country', cell: (s) => s.country },
          { header: 'Currency', cell: (s) => s.defaultCurrency },
          { header: 'Lead time', cell: (s) => `${s.leadTimeDays} d`, align: 'end' },
          { header: 'Products', cell: (s) => <button type="button" className="button button-small" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>{open === s.id ? 'Hide' : 'Show'}</button> },
        ]}
      />
      {open && <SupplierProducts supplierId={open} />}
    </Page>
  );
}
