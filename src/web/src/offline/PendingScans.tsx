import { useEffect, useState } from 'react';
import { describeProblem } from '../api/problem';
import { useSession } from '../auth/session';
import { discardScan, flushQueue, onQueueChange, retryScan } from './scan-queue';
import type { QueuedScan } from './scan-store';
import { useOnline } from './use-online';

/** The offline queue in plain view: how many scans wait, and every refused one until someone resolves it. */
export function PendingScans() {
  const online = useOnline();
  const { user } = useSession();
  const [scans, setScans] = useState<QueuedScan[]>([]);
  useEffect(() => onQueueChange(setScans), []);

  const pending = scans.filter((s) => s.status === 'pending');
  const failed = scans.filter((s) => s.status === 'failed');
  const others = pending.filter((s) => s.userId !== user?.id).length;

  return (
    <section className="pending" aria-label="Offline queue" data-testid="offline-queue">
      <p className={`connection ${online ? 'connection-online' : 'connection-offline'}`} role="status">
        {online ? 'Online' : 'Offline — scans are saved on this device'}
        {' · '}
        <span data-testid="pending-count">{pending.length}</span> pending
        {failed.length > 0 && (
          <>
            {' · '}
            <strong data-testid="failed-count">{failed.length}</strong> to resolve
          </>
        )}
        {pending.length > 0 && online && (
          <button type="button" className="button button-small" onClick={() => void flushQueue()}>
            Send now
          </button>
        )}
      </p>
      {others > 0 && <p className="muted">{others} scan(s) by another user wait for that user to sign in on this device.</p>}
      {pending.length > 0 && (
        <details>
          <summary>Pending scans</summary>
          <ol className="plain-list">
            {pending.map((s) => (
              <li key={s.seq}>
                {s.label} <span className="muted">({new Date(s.createdAt).toLocaleTimeString('en-GB')})</span>
              </li>
            ))}
          </ol>
        </details>
      )}
      {failed.length > 0 && (
        <div role="alert">
          <h2>Refused by the server</h2>
          <ul className="plain-list failed-scans">
            {failed.map((s) => (
              <li key={s.seq}>
                <strong>{s.label}</strong>
                <span className="log-detail">{describeProblem(s.problem ?? {})}</span>
                <span className="row-actions">
                  <button type="button" className="button button-small" onClick={() => void retryScan(s.seq!)}>
                    Send again
                  </button>
                  <button type="button" className="button button-small button-danger" onClick={() => void discardScan(s.seq!)}>
                    Discard
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
