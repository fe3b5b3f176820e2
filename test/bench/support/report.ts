import { cpus, loadavg, totalmem } from 'node:os';

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function machineLine(postgresVersion: string): string {
  const cores = cpus();
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  return `machine: ${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), ${memory}, Node ${process.version}, PostgreSQL ${postgresVersion}`;
}

/** Left-aligns the first column and right-aligns the rest, like a numbers table should be. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const fixed = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '-');

/** A target line: what was reached, what was asked, PASS or SHORT. */
export function verdict(label: string, reached: string, target: string, pass: boolean): string {
  return `  ${pass ? 'PASS ' : 'SHORT'}  ${label.padEnd(34)} ${reached.padStart(10)}  (target ${target})`;
}

/**
 * Runs a phase and prints how long it took, so a slow phase is visible while it runs. A phase
 * that prints progress of its own gets its label on a line of its own.
 */
export async function phase<T>(label: string, work: () => Promise<T>, options: { printsProgress?: boolean } = {}): Promise<T> {
  const started = Date.now();
  if (options.printsProgress) console.log(`${label} …`);
  else process.stdout.write(`${label} … `);
  const result = await work();
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  console.log(options.printsProgress ? `  ${label}: ${took}` : took);
  return result;
}

/**
 * The machine's 1-minute load average, with a warning when other processes already keep the
 * cores busy: the figures of such a run say more about the machine than about the code.
 */
export function loadLine(when: string): string {
  const [load] = loadavg();
  const cores = cpus().length;
  const busy = load > cores / 2 ? ' — other processes compete for the CPU: every figure below reads worse than on an idle machine' : '';
  return `load average (1 min) ${when}: ${load.toFixed(2)} on ${cores} cores${busy}`;
}
