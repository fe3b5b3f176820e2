import autocannon from 'autocannon';
import { fork } from 'node:child_process';

/** One product's two bins: a move scan takes 1 unit from one to the other, either way. */
export interface MovePair {
  item: string;
  a: string;
  b: string;
}

export type ScanMix = { kind: 'move'; pairs: MovePair[] } | { kind: 'receive'; item: string; location: string };

export interface LoadPlan {
  baseUrl: string;
  token: string;
  connections: number;
  /** Seconds. */
  duration: number;
  /** Each request's Idempotency-Key is this prefix and a sequence number, so the run's writes can be found. */
  keyPrefix: string;
  mix: ScanMix;
}

export interface LoadSummary {
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  elapsedMs: number;
  p50: number;
  p99: number;
  statusCodes: Record<string, number>;
  /** CPU of the load generator itself (HTTP runs only). */
  generatorCpuMs?: number;
}

function scanBody(mix: ScanMix): string {
  if (mix.kind === 'receive') return JSON.stringify({ action: 'receive', location: mix.location, item: mix.item, quantity: 1 });
  const pair = mix.pairs[Math.floor(Math.random() * mix.pairs.length)];
  const [from, to] = Math.random() < 0.5 ? [pair.a, pair.b] : [pair.b, pair.a];
  return JSON.stringify({ action: 'move', location: from, item: pair.item, toLocation: to, quantity: 1 });
}

async function drive(plan: LoadPlan): Promise<LoadSummary> {
  // Each request is a new scan: a fresh Idempotency-Key, so the server never replays.
  let sequence = 0;
  const cpu = process.cpuUsage();
  const result = await autocannon({
    url: plan.baseUrl,
    connections: plan.connections,
    duration: plan.duration,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/scans',
        setupRequest: (request) => ({
          ...request,
          headers: {
            authorization: `Bearer ${plan.token}`,
            'content-type': 'application/json',
            'idempotency-key': `${plan.keyPrefix}${++sequence}`,
          },
          body: scanBody(plan.mix),
        }),
      },
    ],
  });
  const used = process.cpuUsage(cpu);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]));
  return {
    requests: result['2xx'] + result.non2xx,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    elapsedMs: result.finish.getTime() - result.start.getTime(),
    p50: result.latency.p50,
    p99: result.latency.p99,
    statusCodes,
    generatorCpuMs: (used.user + used.system) / 1000,
  };
}

/**
 * Runs the load in a child process: the server under test keeps this process's event loop to
 * itself, as it would in production, and only shares the two cores with the load generator.
 */
export function runLoad(plan: LoadPlan): Promise<LoadSummary> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], { execArgv: ['-r', 'ts-node/register/transpile-only'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let summary: LoadSummary | undefined;
    child.on('message', (message: LoadSummary) => (summary = message));
    child.on('error', reject);
    child.on('exit', (code) => (summary ? resolve(summary) : reject(new Error(`load generator exited with ${code} and no result`))));
    child.send(plan);
  });
}

if (require.main === module) {
  process.once('message', (plan: LoadPlan) => {
    drive(plan).then(
      (summary) => process.send!(summary, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
