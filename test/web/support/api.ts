import { randomUUID } from 'node:crypto';

/**
 * fetch, tried a second time when the connection fails: Node reuses idle keep-alive connections that
 * the server may be closing at that very moment. Writes carry an Idempotency-Key, so a repeat is safe.
 */
export async function fetchTwice(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return fetch(url, init);
  }
}

/** A thin HTTP client for seeding the data a browser test starts from, through the same public API. */
export class Api {
  constructor(
    private readonly baseUrl: string,
    private readonly auth: Record<string, string> = {},
  ) {}

  static async login(baseUrl: string, email: string, password = 'demo-password'): Promise<Api> {
    const res = await fetchTwice(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (!res.ok) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
    const { accessToken } = (await res.json()) as { accessToken: string };
    return new Api(baseUrl, { Authorization: `Bearer ${accessToken}` });
  }

  withApiKey(key: string): Api {
    return new Api(this.baseUrl, { 'X-Api-Key': key });
  }

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, expected = [200, 201]): Promise<T> {
    const headers: Record<string, string> = { ...this.auth, 'Idempotency-Key': randomUUID() };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetchTwice(`${this.baseUrl}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    if (!expected.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T = Record<string, unknown>>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T = Record<string, unknown>>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }
}

/** Polls until `check` returns a value, for work the app finishes in the background (allocation). */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
