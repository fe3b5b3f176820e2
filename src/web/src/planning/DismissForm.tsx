import { FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/problem';
import { ErrorNote, Field } from '../ui/components';
import { actionText, dismissSuggestion, Suggestion } from './planning-api';

/** Asks why a suggestion is not acted on: the reason is shown to the next planner when it comes back. */
export function DismissForm({ suggestion, onDone, onCancel }: { suggestion: Suggestion; onDone(s: Suggestion): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), [suggestion.id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(await dismissSuggestion(suggestion.id, reason));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel" aria-label="Dismiss suggestion" onSubmit={submit}>
      <h2>Dismiss {suggestion.sku}: {actionText(suggestion)}</h2>
      <Field label="Reason" hint="It comes back if its quantity or stock-out date moves materially.">
        {(id) => <textarea id={id} ref={field} required maxLength={500} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <ErrorNote error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={busy || !reason.trim()}>Dismiss suggestion</button>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
