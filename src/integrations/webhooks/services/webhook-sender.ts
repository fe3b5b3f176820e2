import { checkTarget } from './target-guard';

/** How much of a receiver's answer the delivery log keeps. */
export const RESPONSE_BODY_LIMIT = 2048;

export interface SendRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivateTargets: boolean;
}

export interface SendResult {
  startedAt: Date;
  durationMs: number;
  /** Null when no response came back. */
  status: number | null;
  error: string | null;
  responseBody: string | null;
}

/**
 * One POST to a receiver. Never throws: every outcome, including the SSRF guard refusing the
 * target, is a result for the delivery log. Redirects are not followed (a 3xx is a failure), so a
 * receiver cannot bounce the request to an address the guard would have refused.
 */
export async function sendWebhook(request: SendRequest): Promise<SendResult> {
  const startedAt = new Date();
  const started = performance.now();
  const finish = (status: number | null, error: string | null, responseBody: string | null): SendResult => ({
    startedAt, durationMs: Math.round(performance.now() - started), status, error, responseBody,
  });

  // Checked again at every attempt: the host's DNS may have changed since the subscription was saved.
  const verdict = await checkTarget(request.url, request.allowPrivateTargets);
  if (!verdict.allowed) return finish(null, `target refused: ${verdict.rule}`, null);

  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    const text = await readPrefix(response, RESPONSE_BODY_LIMIT);
    const ok = response.status >= 200 && response.status < 300;
    return finish(response.status, ok ? null : `receiver answered HTTP ${response.status}`, text);
  } catch (error) {
    return finish(null, describeFetchError(error, request.timeoutMs), null);
  }
}

/** Reads at most `limit` bytes and drops the rest, so a huge answer costs neither memory nor time. */
async function readPrefix(response: Response, limit: number): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A body cut off mid-way still tells the status; keep what arrived.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const bytes = Buffer.concat(chunks).subarray(0, limit);
  // PostgreSQL text cannot hold NUL characters.
  return new TextDecoder('utf-8').decode(bytes).replaceAll('\u0000', '');
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  // The timeout arrives as a DOMException, which is not always an `Error` instance (other realms).
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no response within ${timeoutMs} ms`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message;
  const message = error instanceof Error ? error.message : String(error);
  return detail ? `${message} (${detail})` : message;
}
