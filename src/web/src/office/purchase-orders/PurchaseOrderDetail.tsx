import { FormEvent, useState } from 'react';
import { api, Schemas } from '../../api/client';
import { errorMessage, unwrap } from '../../api/problem';
import { openAuthorizedPdf } from '../../printing/open-file';
import { DataTable, ErrorNote, Field, Loading, Page, StatusBadge } from '../../ui/components';
import { date, dateTime, money, words } from '../../ui/format';
import { navigate } from '../../ui/router';
import { useAsync } from '../../ui/use-async';
import { RevisionForm } from './RevisionForm';

type PurchaseOrder = Schemas['PurchaseOrderDto'];
type Action = 'submit' | 'approve' | 'reject' | 'send' | 'confirm' | 'close' | 'cancel';

const NEEDS_REASON: Action[] = ['reject', 'cancel'];
const ACTION_LABEL: Record<Action, string> = {
  submit: 'Submit for approval', approve: 'Approve', reject: 'Reject', send: 'Send to supplier', confirm: 'Record supplier confirmation', close: 'Close', cancel: 'Cancel order',
};

async function perform(po: PurchaseOrder, action: Action, reason: string): Promise<PurchaseOrder> {
  const path = { path: { id: po.id } };
  switch (action) {
    case 'reject':
      return unwrap(await api.POST('/api/v1/purchase-orders/{id}/reject', { params: path, body: { reason } }));
    case 'cancel':
      return unwrap(await api.POST('/api/v1/purchase-orders/{id}/cancel', { params: path, body: { reason } }));
    case 'confirm':
      return unwrap(await api.POST('/api/v1/purchase-orders/{id}/confirmation', { params: path, body: { revision: po.revision, reason: reason || undefined } }));
    case 'submit':
      return unwrap(await api.POST('/api/v1/purchase-orders/{id}/submit', { params: path, body: { reason: reason || undefined } }));
    case 'approve':
      return unwrap(await api.POST('/api/v1/purchase-orders/{id}/approve', { params: path, body: { reason: reason || undefined } }));
    case 'send':
      return unwrap(await api.POST('/api/v1/purchase-orders/{id}/send', { params: path, body: { reason: reason || undefined } }));
    case 'close':
      return unwrap(await api.POST('/api/v1/purchase-orders/{id}/close', { params: path, body: { reason: reason || undefined } }));
  }
}

export function PurchaseOrderDetail({ id }: { id: string }) {
  const order = useAsync(async () => unwrap(await api.GET('/api/v1/purchase-orders/{id}', { params: { path: { id } } })), [id]);
  const revisions = useAsync(async () => unwrap(await api.GET('/api/v1/purchase-orders/{id}/revisions', { params: { path: { id } } })), [id]);
  const [pending, setPending] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [revising, setRevising] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const po = order.data;

  const run = async (action: Action, event?: FormEvent) => {
    event?.preventDefault();
    if (!po) return;
    if (NEEDS_REASON.includes(action) && !reason.trim()) {
      setPending(action);
      return;
    }
    setError(null);
    try {
      const next = await perform(po, action, reason.trim());
      setNotice(`${ACTION_LABEL[action]}: done. The order is now ${words(next.status)}.`);
      setPending(null);
      setReason('');
      order.set(next);
      revisions.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const openDocument = () => openAuthorizedPdf(`/api/v1/purchase-orders/${id}/document`).catch((e: unknown) => setError(errorMessage(e)));
  const actions = (po?.allowedActions ?? []).filter((a): a is Action => a in ACTION_LABEL);

  return (
    <Page
      title={po ? `${po.number}` : 'Purchase order'}
      actions={
        <>
          {po?.allowedActions.includes('edit') && (
            <button type="button" className="button" onClick={() => navigate(`/purchase-orders/${id}/edit`)}>
              Edit draft
            </button>
          )}
          <button type="button" className="button" onClick={() => void openDocument()}>
            Open PO document (PDF)
          </button>
        </>
      }
    >
      <Loading when={order.loading && !po} />
      <ErrorNote error={order.error ?? error} />
      {notice && (
        <p className="note note-ok" role="status">
          {notice}
        </p>
      )}
      {po && (
        <>
          <dl className="facts">
            <div><dt>Status</dt><dd><StatusBadge status={po.status} /></dd></div>
            <div><dt>Supplier</dt><dd>{po.supplier.code} — {po.supplier.legalNameEn}</dd></div>
            <div><dt>Total</dt><dd data-testid="po-detail-total">{money(po.totalMinor, po.currency)}{po.baseTotal && po.baseTotal.currency !== po.currency && <> ≈ {money(po.baseTotal.totalMinor, po.baseTotal.currency)}</>}</dd></div>
            <div><dt>Approval</dt><dd>{po.approvalRequired ? 'Needs a manager' : po.approvalRequired === false ? 'Under the threshold' : 'No exchange rate yet'}{po.approvedBy && ` · approved by ${po.approvedBy}`}</dd></div>
            <div><dt>Revision</dt><dd>{po.revision}</dd></div>
            <div><dt>Ready by</dt><dd>{date(po.requestedReadyDate)}</dd></div>
            <div><dt>Incoterm</dt><dd>{po.incoterm} {po.incotermPlace}</dd></div>
            <div><dt>Created</dt><dd>{po.createdBy}, {dateTime(po.createdAt)}</dd></div>
          </dl>
          {po.warnings.length > 0 && (
            <ul className="note note-warn" aria-label="Warnings">
              {po.warnings.map((w) => (
                <li key={`${w.code}${w.field}`}>{w.message}</li>
              ))}
            </ul>
          )}
          {actions.length > 0 && (
            <div className="action-bar" role="group" aria-label="Order actions">
              {actions.map((a) => (
                <button key={a} type="button" className={`button ${a === 'approve' || a === 'submit' || a === 'send' ? 'button-primary' : a === 'reject' || a === 'cancel' ? 'button-danger' : ''}`} onClick={() => void run(a)}>
                  {ACTION_LABEL[a]}
                </button>
              ))}
              {po.allowedActions.includes('revise') && (
                <button type="button" className="button" onClick={() => setRevising((r) => !r)}>
                  Revise
                </button>
              )}
            </div>
          )}
          {pending && (
            <form className="inline-form" onSubmit={(e) => void run(pending, e)} aria-label={`${ACTION_LABEL[pending]} with a reason`}>
              <Field label={`Reason to ${ACTION_LABEL[pending].toLowerCase()}`}>
                {(fid) => <input id={fid} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />}
              </Field>
              <button type="submit" className="button button-danger">{ACTION_LABEL[pending]}</button>
              <button type="button" className="button" onClick={() => setPending(null)}>Back</button>
            </form>
          )}
          {revising && <RevisionForm po={po} onDone={() => (setRevising(false), order.reload(), revisions.reload())} />}
          <h2>Lines</h2>
          <DataTable
            caption="Lines"
            rows={po.lines}
            rowKey={(l) => l.id}
            columns={[
              { header: '#', cell: (l) => l.lineNo },
              { header: 'SKU', cell: (l) => l.sku },
              { header: 'Product', cell: (l) => l.productNameEn },
              { header: 'Supplier item', cell: (l) => l.supplierItemCode },
              { header: 'Quantity', cell: (l) => l.quantity, align: 'end' },
              { header: 'Unit price', cell: (l) => money(l.unitPriceMinor, po.currency), align: 'end' },
              { header: 'Line total', cell: (l) => money(l.lineTotalMinor, po.currency), align: 'end' },
              { header: 'Received', cell: (l) => l.quantityReceived, align: 'end' },
              { header: 'Open', cell: (l) => l.openQuantity, align: 'end' },
            ]}
          />
          <h2>History</h2>
          <ol className="timeline">
            {po.events.map((e, i) => (
              <li key={i}>
                <time dateTime={e.occurredAt}>{dateTime(e.occurredAt)}</time> <strong>{words(e.action)}</strong> by {e.actorLabel}
                {e.fromStatus !== e.toStatus && <> · {words(e.fromStatus)} → {words(e.toStatus)}</>}
                {e.reason && <> · “{e.reason}”</>}
              </li>
            ))}
          </ol>
          <h2>Revisions</h2>
          <DataTable
            caption="Revisions"
            rows={revisions.data}
            rowKey={(r) => String(r.revision)}
            empty="No revisions: the order is as first sent."
            columns={[
              { header: 'Revision', cell: (r) => r.revision },
              { header: 'Reason', cell: (r) => r.reason },
              { header: 'By', cell: (r) => r.createdBy },
              { header: 'When', cell: (r) => dateTime(r.createdAt) },
              { header: 'Changes', cell: (r) => <code className="small-code">{JSON.stringify(r.changes)}</code> },
            ]}
          />
        </>
      )}
    </Page>
  );
}
