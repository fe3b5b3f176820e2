import { api } from '../api/client';
import { ApiError, Problem } from '../api/problem';
import { newIdempotencyKey } from './idempotency-key';
import type { ScanBody, ScanPathParams, ScanResult, ScanRoute } from './scan-routes';
import { addScan, allScans, deleteScan, putScan, QueuedScan } from './scan-store';

export type ScanOutcome<R extends ScanRoute> =
  | { kind: 'sent'; data: ScanResult<R>; idempotencyKey: string }
  | { kind: 'queued'; idempotencyKey: string }
  | { kind: 'refused'; error: ApiError; idempotencyKey: string };

/** What became of a queued scan when it was replayed. */
export type ReplayEvent = { idempotencyKey: string } & ({ kind: 'sent' } | { kind: 'failed'; problem: Problem });

type Attempt = { kind: 'ok'; data: unknown } | { kind: 'refused'; error: ApiError } | { kind: 'later' };

const RETRY_INTERVAL_MS = 10_000;
const stateListeners = new Set<(scans: QueuedScan[]) => void>();
const replayListeners = new Set<(event: ReplayEvent) => void>();
let currentUserId: string | null = null;
let chain: Promise<unknown> = Promise.resolve();

/** Queue work runs one piece at a time, so scans reach the server in the order they were made. */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = chain.then(work);
  chain = run.catch(() => undefined);
  return run;
}

async function publish(): Promise<void> {
  const scans = await allScans();
  for (const listener of stateListeners) listener(scans);
}

/** Errors worth sending again later: no network, a server in trouble, a session to renew, a duplicate still running. */
function isTransient(status: number, problem: Problem | undefined): boolean {
  return status === 401 || status === 408 || status === 429 || status >= 500 || (status === 409 && problem?.code === 'IDEMPOTENCY_IN_PROGRESS');
}

async function attempt(scan: QueuedScan): Promise<Attempt> {
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    // The route is one of ScanRoute, checked when the scan was queued; openapi-fetch cannot see that through the union.
    result = await api.POST(scan.route as '/api/v1/scans', {
      params: { path: scan.pathParams, header: { 'Idempotency-Key': scan.idempotencyKey } } as never,
      body: scan.body as ScanBody<'/api/v1/scans'>,
    });
  } catch {
    return { kind: 'later' };
  }
  if (result.response.ok) return { kind: 'ok', data: result.data };
  const problem = (result.error ?? { title: result.response.statusText }) as Problem;
  if (isTransient(result.response.status, problem)) return { kind: 'later' };
  return { kind: 'refused', error: new ApiError(result.response.status, problem) };
}

/**
 * Records a scan and sends it. Offline (or behind older queued scans) it waits in IndexedDB with its
 * Idempotency-Key; a refusal now is answered at once, and the scan is not kept.
 */
export function submitScan<R extends ScanRoute>(route: R, pathParams: ScanPathParams<R>, body: ScanBody<R>, label: string): Promise<ScanOutcome<R>> {
  if (!currentUserId) return Promise.reject(new Error('Sign in to scan.'));
  const userId = currentUserId;
  return exclusive(async () => {
    const waiting = (await allScans()).some((s) => s.status === 'pending' && s.userId === userId);
    const scan = await addScan({
      idempotencyKey: newIdempotencyKey(), route, pathParams: pathParams as Record<string, string> | undefined, body, label, userId,
      createdAt: new Date().toISOString(), status: 'pending', attempts: 0,
    });
    const key = scan.idempotencyKey;
    if (waiting || !navigator.onLine) {
      await publish();
      return { kind: 'queued', idempotencyKey: key };
    }
    const outcome = await attempt(scan);
    if (outcome.kind === 'later') {
      await putScan({ ...scan, attempts: 1 });
      await publish();
      return { kind: 'queued', idempotencyKey: key };
    }
    await deleteScan(scan.seq!);
    await publish();
    return outcome.kind === 'ok'
      ? { kind: 'sent', data: outcome.data as ScanResult<R>, idempotencyKey: key }
      : { kind: 'refused', error: outcome.error, idempotencyKey: key };
  });
}

/** Sends the signed-in user's waiting scans in order; stops at the first that cannot get through yet. */
export function flushQueue(): Promise<void> {
  return exclusive(async () => {
    if (!currentUserId) return;
    for (const scan of await allScans()) {
      if (scan.status !== 'pending' || scan.userId !== currentUserId) continue;
      const outcome = await attempt(scan);
      if (outcome.kind === 'later') {
        await putScan({ ...scan, attempts: scan.attempts + 1 });
        break;
      }
      if (outcome.kind === 'ok') {
        await deleteScan(scan.seq!);
        for (const listener of replayListeners) listener({ idempotencyKey: scan.idempotencyKey, kind: 'sent' });
      } else {
        // Never dropped: the worker decides what to do with a scan the server refused.
        await putScan({ ...scan, status: 'failed', problem: outcome.error.problem, attempts: scan.attempts + 1 });
        for (const listener of replayListeners) listener({ idempotencyKey: scan.idempotencyKey, kind: 'failed', problem: outcome.error.problem });
      }
    }
    await publish();
  });
}

/** Sends a refused scan again, e.g. after the worker fixed what blocked it (a frozen bin, a missing count). */
export async function retryScan(seq: number): Promise<void> {
  const scan = (await allScans()).find((s) => s.seq === seq);
  if (scan) await putScan({ ...scan, status: 'pending', problem: undefined });
  await flushQueue();
}

/** The worker gives up on a refused scan, knowingly. */
export async function discardScan(seq: number): Promise<void> {
  await exclusive(() => deleteScan(seq));
  await publish();
}

export function onQueueChange(listener: (scans: QueuedScan[]) => void): () => void {
  stateListeners.add(listener);
  void publish();
  return () => stateListeners.delete(listener);
}

export function onReplay(listener: (event: ReplayEvent) => void): () => void {
  replayListeners.add(listener);
  return () => replayListeners.delete(listener);
}

/** Replays whenever the browser regains the network, and every few seconds while scans wait. */
export function startQueueSync(userId: string | null): () => void {
  currentUserId = userId;
  if (!userId) return () => undefined;
  const flush = () => void flushQueue();
  window.addEventListener('online', flush);
  const timer = window.setInterval(() => {
    if (navigator.onLine) flush();
  }, RETRY_INTERVAL_MS);
  flush();
  return () => {
    window.removeEventListener('online', flush);
    window.clearInterval(timer);
  };
}
