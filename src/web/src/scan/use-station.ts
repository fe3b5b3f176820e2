import { useCallback, useEffect, useRef, useState } from 'react';
import { describeProblem, errorMessage } from '../api/problem';
import { onReplay, ScanOutcome, submitScan } from '../offline/scan-queue';
import type { ScanBody, ScanPathParams, ScanRoute } from '../offline/scan-routes';
import { beep, Feedback } from './feedback';

export type LogStatus = Feedback | 'info';

export interface LogEntry {
  id: number;
  at: Date;
  text: string;
  status: LogStatus;
  detail?: string;
  idempotencyKey?: string;
}

export interface StationFlash {
  status: LogStatus;
  message: string;
}

const LOG_LENGTH = 15;

/** The feedback side of a scan station: colour, sound, message, and the last scans with their fate. */
export function useStation() {
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const [flash, setFlash] = useState<StationFlash | null>(null);
  const counter = useRef(0);

  useEffect(
    () =>
      onReplay((event) => {
        // A refusal after reconnecting needs the worker's attention as much as one made live.
        if (event.kind === 'failed') {
          beep('error');
          setFlash({ status: 'error', message: `A scan made offline was refused: ${describeProblem(event.problem)}` });
        }
        setEntries((list) =>
          list.map((e) =>
            e.idempotencyKey === event.idempotencyKey
              ? { ...e, status: event.kind === 'sent' ? 'ok' : 'error', detail: event.kind === 'sent' ? 'Sent after reconnecting' : describeProblem(event.problem) }
              : e,
          ),
        );
      }),
    [],
  );

  const report = useCallback((status: LogStatus, text: string, detail?: string, idempotencyKey?: string) => {
    if (status !== 'info') beep(status);
    setFlash({ status, message: detail ? `${text} — ${detail}` : text });
    setEntries((list) => [{ id: ++counter.current, at: new Date(), text, status, detail, idempotencyKey }, ...list].slice(0, LOG_LENGTH));
  }, []);

  /**
   * Sends a scan through the offline queue and reports what happened. `apply` moves the flow on in the
   * same render as the message, so the screen never shows "done" next to the step just finished.
   */
  const send = useCallback(
    async <R extends ScanRoute>(
      route: R,
      params: ScanPathParams<R>,
      body: ScanBody<R>,
      label: string,
      success: string,
      apply?: (outcome: ScanOutcome<R>) => void,
    ): Promise<ScanOutcome<R> | null> => {
      try {
        const outcome = await submitScan(route, params, body, label);
        apply?.(outcome);
        if (outcome.kind === 'sent') report('ok', label, success, outcome.idempotencyKey);
        else if (outcome.kind === 'queued') report('queued', label, 'Saved offline; sent when the network is back', outcome.idempotencyKey);
        else report('error', label, outcome.error.message, outcome.idempotencyKey);
        return outcome;
      } catch (error) {
        report('error', label, errorMessage(error));
        return null;
      }
    },
    [report],
  );

  return { entries, flash, report, send };
}
