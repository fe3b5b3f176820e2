import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import type { Profiler } from 'node:inspector';
import { join, relative } from 'node:path';
import { table } from './report';

const ROOT = join(__dirname, '..', '..', '..');

function post<T>(session: Session, method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
}

/** The npm package or project file a frame belongs to; null for Node's own code and native frames. */
function owner(url: string): string | null {
  const path = url.replace(/^file:\/\//, '');
  if (!path || path.startsWith('node:')) return null;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  return path.startsWith(ROOT) ? relative(ROOT, path) : path;
}

const PSEUDO_FRAMES = new Set(['(idle)', '(program)', '(garbage collector)']);

/**
 * Time per package with Node internals and native code (socket writes, buffers, crypto) counted to
 * the package that called them, so `pg` includes its writev calls; and self time per function.
 */
function attribute(profile: Profiler.Profile): { byOwner: Map<string, number>; byFunction: Map<string, number>; totalMs: number } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, ms: number) => m.set(key, (m.get(key) ?? 0) + ms);
  let totalMs = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    totalMs += ms;
    const leaf = nodes.get(id)!.callFrame;
    let who: string | null = PSEUDO_FRAMES.has(leaf.functionName) ? leaf.functionName : null;
    for (let at: number | undefined = id; !who && at !== undefined; at = parent.get(at)) who = owner(nodes.get(at)!.callFrame.url);
    add(byOwner, who ?? '(Node internals, no JS caller)', ms);
    add(byFunction, `${leaf.functionName || '(anonymous)'} ${owner(leaf.url) ?? (leaf.url || '(native)')}${leaf.url ? `:${leaf.lineNumber + 1}` : ''}`, ms);
  });
  return { byOwner, byFunction, totalMs };
}

const top = (m: Map<string, number>, n: number, totalMs: number) =>
  [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => [k, ms.toFixed(0), `${((100 * ms) / totalMs).toFixed(1)}%`]);

/**
 * Profiles this process (the app under test) while `work` runs, writes the .cpuprofile (open it
 * in Chrome DevTools or speedscope) and prints where the self time went.
 */
export async function profiled<T>(file: string, work: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 250 });
  await post(session, 'Profiler.start');
  const result = await work();
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  session.disconnect();
  writeFileSync(file, JSON.stringify(profile));
  const { byOwner, byFunction, totalMs } = attribute(profile);
  console.log(`\nCPU profile of the app process written to ${file}: ${totalMs.toFixed(0)} ms sampled`);
  console.log(table(['time by package / file (Node internals counted to their caller)', 'ms', 'share'], top(byOwner, 25, totalMs)));
  console.log(`\n${table(['self time by function', 'ms', 'share'], top(byFunction, 25, totalMs))}\n`);
  return result;
}
