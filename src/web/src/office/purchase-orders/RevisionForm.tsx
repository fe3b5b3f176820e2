import { FormEvent, useState } from 'react';
import { api, Schemas } from '../../api/client';
import { errorMessage, unwrap } from '../../api/problem';
import { ErrorNote, Field } from '../../ui/components';

/** A revision of a sent order: new quantities or prices per line, with the reason the supplier will see. */
export function RevisionForm({ po, onDone }: { po: Schemas['PurchaseOrderDto']; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [quantities, setQuantities] = useState<Record<string, string>>(() => Object.fromEntries(po.lines.map((l) => [l.id, String(l.quantity)])));
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const lines = po.lines.filter((l) => Number(quantities[l.id]) !== l.quantity).map((l) => ({ lineId: l.id, quantity: Number(quantities[l.id]) }));
    try {
      unwrap(await api.POST('/api/v1/purchase-orders/{id}/revisions', { params: { path: { id: po.id } }, body: { reason, lines } }));
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form className="panel" onSubmit={submit} aria-label="Revise the order">
      <h2>Revise</h2>
      {po.lines.map((l) => (
        <Field key={l.id} label={`Quantity of ${l.sku}`}>
          {(id) => <input id={id} inputMode="numeric" value={quantities[l.id]} onChange={(e) => setQuantities((q) => ({ ...q, [l.id]: e.target.value.replace(/\D/g, '') }))} />}
        </Field>
      ))}
      <Field label="Reason">{(id) => <input id={id} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      <ErrorNote error={error} />
      <button type="submit" className="button button-primary">
        Save revision
      </button>
    </form>
  );
}
