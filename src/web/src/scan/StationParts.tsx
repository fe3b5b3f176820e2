import { ReactNode } from 'react';
import type { LogEntry, StationFlash } from './use-station';

const STATUS_TEXT = { ok: 'Done', error: 'Error', queued: 'Pending', info: 'Note' } as const;

/** The big coloured message under the scan field: green done, red error, amber saved offline. */
export function StationMessage({ flash }: { flash: StationFlash | null }) {
  if (!flash) return <div className="station-message station-message-idle" aria-live="polite" />;
  return (
    <div className={`station-message station-message-${flash.status}`} role={flash.status === 'error' ? 'alert' : 'status'} data-testid="station-message">
      <strong>{STATUS_TEXT[flash.status]}:</strong> {flash.message}
    </div>
  );
}

export function ScanLog({ entries }: { entries: LogEntry[] }) {
  if (!entries.length) return null;
  return (
    <section aria-label="Last scans" className="scan-log">
      <h2>Last scans</h2>
      <ol>
        {entries.map((e) => (
          <li key={e.id} className={`log-${e.status}`} data-status={e.status}>
            <span className="log-status">{STATUS_TEXT[e.status]}</span>
            <span className="log-text">{e.text}</span>
            {e.detail && <span className="log-detail">{e.detail}</span>}
            <time dateTime={e.at.toISOString()}>{e.at.toLocaleTimeString('en-GB')}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What the worker is doing now: the task in large text above the field. */
export function TaskCard({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="task-card" aria-live="polite">
      <p className="task-title">{title}</p>
      {children}
    </div>
  );
}

export function StepList({ steps, current }: { steps: string[]; current: number }) {
  return (
    <ol className="steps" aria-label="Steps">
      {steps.map((s, i) => (
        <li key={s} aria-current={i === current ? 'step' : undefined} className={i < current ? 'done' : i === current ? 'current' : ''}>
          {s}
        </li>
      ))}
    </ol>
  );
}
