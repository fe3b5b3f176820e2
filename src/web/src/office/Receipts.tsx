import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { openAuthorizedPdf } from '../printing/open-file';
import { isUuid } from '../scan/codes';
import { DataTable, ErrorNote, Field, Loading, Page, StatusBadge } from '../ui/components';
import { dateTime } from '../ui/format';
import { navigate } from '../ui/router';
import { useAsync } from '../ui/use-async';

/** Receipts are opened on the floor; the office looks one up by the id on the dock paperwork. */
export function ReceiptLookup() {
  const [id, setId] = useState('');
  const go = (event: FormEvent) => {
    event.preventDefault();
    if (isUuid(id.trim())) navigate(`/receipts/${id.trim()}`);
  };
  return (
    <Page title="Receipts">
      <form className="inline-form" onSubmit={go}>
        <Field label="Receipt id" hint="Printed on the dock paperwork and shown at the scan station.">
          {(fid) => <input id={fid} value={id} onChange={(e) => setId(e.target.value)} pattern="[0-9a-fA-F-]{36}" required />}
        </Field>
        <button type="submit" className="button button-primary">
          Open
        </button>
      </form>
    </Page>
  );
}

export function ReceiptDetail({ id }: { id: string }) {
  const receipt = useAsync(async () => unwrap(await api.GET('/api/v1/receipts/{id}', { params: { path: { id } } })), [id]);
  const closed = receipt.data?.status === 'closed';
  const report = useAsync(async () => (closed ? unwrap(await api.GET('/api/v1/receipts/{id}/discrepancies', { params: { path: { id } } })) : null), [id, closed]);
  const [error, setError] = useState<string | null>(null);
  const r = receipt.data;
  return (
    <Page
      title={r ? `Receipt ${r.number}` : 'Receipt'}
      actions={
        closed && (
          <button type="button" className="button" onClick={() => openAuthorizedPdf(`/api/v1/receipts/${id}/discrepancies/pdf`).catch((e: Error) => setError(e.message))}>
            Discrepancy report (PDF)
          </button>
        )
      }
    >
      <Loading when={receipt.loading && !r} />
      <ErrorNote error={receipt.error ?? error} />
      {r && (
        <>
          <dl className="facts">
            <div><dt>Status</dt><dd><StatusBadge status={r.status} /></dd></div>
            <div><dt>Opened by</dt><dd>{r.openedBy}, {dateTime(r.createdAt)}</dd></div>
            <div><dt>Closed</dt><dd>{r.closedBy ? `${r.closedBy}, ${dateTime(r.closedAt)}` : '—'}</dd></div>
          </dl>
          <h2>Lines</h2>
          <DataTable
            caption="Receipt lines"
            rows={r.lines}
            rowKey={(l) => l.id}
            columns={[
              { header: 'PO', cell: (l) => l.purchaseOrderNumber ?? '—' },
              { header: 'SKU', cell: (l) => l.sku ?? l.scannedCode },
              { header: 'Expected', cell: (l) => l.expectedQuantity, align: 'end' },
              { header: 'Received', cell: (l) => l.receivedQuantity, align: 'end' },
              { header: 'Damaged', cell: (l) => l.damagedQuantity, align: 'end' },
              { header: 'Over', cell: (l) => l.overQuantity, align: 'end' },
              { header: 'Short', cell: (l) => l.shortQuantity, align: 'end' },
            ]}
          />
          {report.data && (
            <>
              <h2>Discrepancies</h2>
              <DataTable
                caption="Discrepancies"
                rows={report.data.discrepancies}
                rowKey={(d) => `${d.lineNo}-${d.type}`}
                empty="None: everything arrived as expected."
                columns={[
                  { header: 'Type', cell: (d) => <StatusBadge status={d.type} /> },
                  { header: 'SKU', cell: (d) => d.sku ?? d.scannedCode },
                  { header: 'PO', cell: (d) => d.purchaseOrderNumber ?? '—' },
                  { header: 'Expected', cell: (d) => d.expected, align: 'end' },
                  { header: 'Received', cell: (d) => d.received, align: 'end' },
                  { header: 'Difference', cell: (d) => d.quantity, align: 'end' },
                ]}
              />
            </>
          )}
        </>
      )}
    </Page>
  );
}
