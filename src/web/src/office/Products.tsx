import { useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { DataTable, ErrorNote, Field, Loading, Page } from '../ui/components';
import { money } from '../ui/format';
import { useAsync } from '../ui/use-async';

export function ProductsPage() {
  const [q, setQ] = useState('');
  const products = useAsync(async () => unwrap(await api.GET('/api/v1/products', { params: { query: { limit: 100, q: q || undefined } } })), [q]);
  return (
    <Page title="Products">
      <div className="filters">
        <Field label="SKU, GTIN or name">{(id) => <input id={id} value={q} onChange={(e) => setQ(e.target.value)} />}</Field>
      </div>
      <ErrorNote error={products.error} />
      <Loading when={products.loading && !products.data} />
      <DataTable
        caption="Products"
        rows={products.data?.items}
        rowKey={(p) => p.id}
        columns={[
          { header: 'SKU', cell: (p) => p.sku },
          { header: 'Name', cell: (p) => <>{p.nameEn}{p.nameZh && <span lang="zh" className="muted"> {p.nameZh}</span>}</> },
          { header: 'GTIN', cell: (p) => p.gtin ?? '—' },
          { header: 'HS', cell: (p) => p.hsCode },
          { header: 'Weight', cell: (p) => `${p.netWeightG} g`, align: 'end' },
          { header: 'Declared value', cell: (p) => money(p.declaredValueMinor, p.declaredValueCurrency), align: 'end' },
        ]}
      />
      {products.data && <p className="muted">{products.data.total} product(s)</p>}
    </Page>
  );
}
