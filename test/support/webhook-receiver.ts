import { createHmac } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { drainJobs } from './procurement-fixtures';
import { TestApp } from './test-app';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Exactly the bytes received, as the signature covers them. */
  rawBody: string;
  at: number;
}

/** What the receiver answers: a status, or a status with headers/body, or a delay before answering. */
export type ScriptedResponse = number | { status: number; headers?: Record<string, string>; body?: string; delayMs?: number };

/**
 * A webhook endpoint on 127.0.0.1 for tests: records every request and answers from a script
 * (e.g. `[500, 500, 200]`), then with `fallback` once the script is used up.
 */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  private script: ScriptedResponse[] = [];
  private fallback: ScriptedResponse = 200;
  private server: Server | null = null;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, rawBody: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
        this.answer(res, this.script.shift() ?? this.fallback);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** `http://127.0.0.1:<port><path>` */
  url(path = '/hook'): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}${path}`;
  }

  respondWith(script: ScriptedResponse[], fallback: ScriptedResponse = 200): void {
    this.script = [...script];
    this.fallback = fallback;
  }

  reset(): void {
    this.requests.length = 0;
    this.respondWith([]);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private answer(res: ServerResponse, scripted: ScriptedResponse): void {
    const r = typeof scripted === 'number' ? { status: scripted } : scripted;
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(r.status, { 'Content-Type': 'text/plain', ...r.headers });
      res.end(r.body ?? `status ${r.status}`);
    };
    if (r.delayMs) setTimeout(send, r.delayMs);
    else send();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs outbox jobs until `probe` holds, waiting between passes for retries to come due. */
export async function runJobsUntil(t: TestApp, probe: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await drainJobs(t);
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await sleep(20);
  }
}

/** The receiver's side, written from docs/webhooks.md without the application's code. */
export function verifySignature(request: ReceivedRequest, secret: string): boolean {
  const timestamp = String(request.headers['webhook-timestamp']);
  const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${request.rawBody}`).digest('hex')}`;
  return request.headers['webhook-signature'] === expected;
}
