// Where the time goes in a V8 CPU profile (`node --cpu-prof`): self and inclusive time per function, largest first.
//   npx tsx scripts/bench/profileSummary.ts <file.cpuprofile> [--top 30] [--filter <path part>] [--lines <function>]
// Inclusive time counts a function once per sample even when it recurses. --lines shows the samples per source line
// of the functions whose name contains the text (from V8's position ticks; needs a bundle, see profile.ts).
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

function label(n: ProfileNode, root: string): string {
  const { functionName, url, lineNumber } = n.callFrame;
  let file = url.replace(/^file:\/\//, '');
  if (root && file.startsWith(root)) file = path.relative(root, file);
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/** Self and inclusive milliseconds per function (by name, file and line). */
export function summarize(profile: CpuProfile, root = ''): { totalMs: number; functions: FunctionTime[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Time per sample: the delta to the next sample.
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let totalMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    totalMs += dt;
    let id: number | undefined = profile.samples[i];
    const leaf = byId.get(id)!;
    const leafName = label(leaf, root);
    self.set(leafName, (self.get(leafName) ?? 0) + dt);
    const seen = new Set<string>();
    while (id !== undefined) {
      const name = label(byId.get(id)!, root);
      if (!seen.has(name)) {
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + dt);
      }
      id = parent.get(id);
    }
  }
  const functions = [...total.entries()].map(([name, t]) => ({ name, selfMs: self.get(name) ?? 0, totalMs: t }));
  return { totalMs, functions };
}

/** Sample counts per source line of the functions whose label contains `name`. */
export function lineTicks(profile: CpuProfile, name: string, root = ''): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const n of profile.nodes) {
    const l = label(n, root);
    if (!l.includes(name) || !n.positionTicks) continue;
    let lines = out.get(l);
    if (!lines) out.set(l, (lines = new Map()));
    for (const { line, ticks } of n.positionTicks) lines.set(line, (lines.get(line) ?? 0) + ticks);
  }
  return out;
}

function main(argv: string[]): void {
  const file = argv[0];
  if (!file) {
    console.error('usage: profileSummary <file.cpuprofile> [--top N] [--filter text]');
    process.exit(2);
  }
  const top = Number(argv[argv.indexOf('--top') + 1]) || 30;
  const filter = argv.includes('--filter') ? argv[argv.indexOf('--filter') + 1] : '';
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const { totalMs, functions } = summarize(profile, process.cwd());
  const keep = functions.filter((f) => f.name.includes(filter));
  const pct = (ms: number) => `${((100 * ms) / totalMs).toFixed(1).padStart(5)} %`;
  console.log(`profile ${totalMs.toFixed(0)} ms`);
  console.log('\nby self time');
  for (const f of [...keep].sort((a, b) => b.selfMs - a.selfMs).slice(0, top)) console.log(`${f.selfMs.toFixed(0).padStart(7)} ms ${pct(f.selfMs)}  ${f.name}`);
  console.log('\nby inclusive time');
  for (const f of [...keep].sort((a, b) => b.totalMs - a.totalMs).slice(0, top)) console.log(`${f.totalMs.toFixed(0).padStart(7)} ms ${pct(f.totalMs)}  ${f.name}`);
  if (argv.includes('--lines')) {
    for (const [fn, lines] of lineTicks(profile, argv[argv.indexOf('--lines') + 1] ?? '', process.cwd())) {
      const sum = [...lines.values()].reduce((a, b) => a + b, 0);
      console.log(`\nsamples by line: ${fn} (${sum})`);
      for (const [line, ticks] of [...lines.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(ticks).padStart(7)}  line ${line}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main(process.argv.slice(2));
