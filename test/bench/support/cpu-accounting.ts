import { readFileSync } from 'node:fs';
import { Pool } from 'pg';

/**
 * CPU time spent per operation, by side: it shows which side a cost is on. On a machine that other
 * processes keep busy it reads high too (cache and scheduler churn), so compare it with the
 * round-trip yardstick printed by the same run rather than across runs.
 */
export interface CpuCost {
  /** This process: the app under test for HTTP runs, the pg client loops for the limit runs. */
  processMs: number;
  /** The PostgreSQL backends serving the bench database. */
  postgresMs: number | null;
}

/** Linux clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on every mainstream kernel). */
const TICKS_PER_SECOND = 100;

/** utime + stime of a local process in ms, or null where /proc cannot tell (another OS, a remote server). */
function procCpuMs(pid: number): number | null {
  try {
    // The command name (field 2) may contain spaces; the fields after its closing parenthesis do not.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Runs one SQL statement on the bench database and returns its rows. */
export type SqlRows = (sql: string) => Promise<{ pid: number }[]>;

async function postgresCpuMs(query: SqlRows): Promise<Map<number, number> | null> {
  const rows = await query('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  const byPid = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = procCpuMs(pid);
    if (ms === null) return null;
    byPid.set(pid, ms);
  }
  return byPid;
}

/** Measures the CPU `work` costs on both sides; backends that connect during the run count in full. */
export async function measureCpu<T>(query: SqlRows, work: () => Promise<T>): Promise<[T, CpuCost]> {
  const before = await postgresCpuMs(query);
  const usage = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(usage);
  const after = await postgresCpuMs(query);
  let postgresMs: number | null = null;
  if (before && after) {
    postgresMs = [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
  }
  return [result, { processMs: (used.user + used.system) / 1000, postgresMs }];
}

/**
 * One `SELECT 1` round trip on one connection, back to back for `seconds`: median wall time and
 * client CPU per query. Prints the unit that every other figure of the run can be read against.
 */
export async function roundTripYardstick(pool: Pool, seconds = 1.5): Promise<string> {
  const client = await pool.connect();
  try {
    const walls: number[] = [];
    const usage = process.cpuUsage();
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end) {
      const t0 = performance.now();
      await client.query('SELECT 1');
      walls.push(performance.now() - t0);
    }
    const used = process.cpuUsage(usage);
    walls.sort((a, b) => a - b);
    const cpu = (used.user + used.system) / 1000 / walls.length;
    return `yardstick, SELECT 1 via bare pg on one connection: ${walls[walls.length >> 1].toFixed(3)} ms wall (median), ${cpu.toFixed(3)} ms client CPU per round trip`;
  } finally {
    client.release();
  }
}
