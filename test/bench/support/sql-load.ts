import { percentile } from './report';
import { LoadSummary } from './scan-load';

/**
 * `connections` async loops, each issuing `work` back to back until the time is up, like
 * autocannon's connections but without HTTP. Every loop finishes its current unit of work, so
 * the counts are exact.
 */
export async function runSqlLoops(connections: number, durationSec: number, work: () => Promise<void>): Promise<LoadSummary> {
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  const started = performance.now();
  const deadline = started + durationSec * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await work();
        latencies.push(performance.now() - t0);
      } catch (error) {
        const code = (error as { code?: string }).code ?? (error as Error).message;
        failures.set(code, (failures.get(code) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsedMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const errors = [...failures.values()].reduce((n, c) => n + c, 0);
  return {
    requests: latencies.length + errors,
    ok: latencies.length,
    non2xx: 0,
    errors,
    elapsedMs,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statusCodes: Object.fromEntries(failures),
  };
}
