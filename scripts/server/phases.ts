// Where an API call's time goes on the team server, for the load bench (README, "Under load"): the server started
// with HANDLINGSROM_PHASES_FILE=<file> times each phase of every API call (the session and role check, reading the
// body, the service's work per operation, the answer) and every call to the store, and writes a summary there when
// it stops (SIGUSR2 starts the figures over). Off otherwise: then nothing is wrapped and nothing is timed.
import fs from 'node:fs';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

export const PHASES_ENV = 'HANDLINGSROM_PHASES_FILE';

export interface PhaseFigures {
  n: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  /** The time of all calls added up (overlapping calls each count). */
  totalMs: number;
}

export interface PhaseSummary {
  /** Wall time from the first to the last figure. */
  spanMs: number;
  phases: Record<string, PhaseFigures>;
  /** How late the event loop ran its timers (a busy or starved process). */
  eventLoopDelay: { p50Ms: number; p99Ms: number; maxMs: number };
}

/** A bounded record per phase: the first MAX samples are kept for the percentiles, every call counts in n and total. */
const MAX = 200_000;

export class Phases {
  private readonly samples = new Map<string, { n: number; total: number; kept: number[] }>();
  private readonly loop: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  private first = 0;
  private last = 0;

  constructor() {
    this.loop.enable();
  }

  add(name: string, ms: number): void {
    const now = performance.now();
    if (this.first === 0) this.first = now;
    this.last = now;
    let s = this.samples.get(name);
    if (!s) this.samples.set(name, (s = { n: 0, total: 0, kept: [] }));
    s.n++;
    s.total += ms;
    if (s.kept.length < MAX) s.kept.push(ms);
  }

  /** Starts over (the bench's measured run begins: SIGUSR2 to a server that times its phases). */
  reset(): void {
    this.samples.clear();
    this.loop.reset();
    this.first = 0;
    this.last = 0;
  }

  /** Times a promise under `name`, rejected ones too. */
  async time<T>(name: string, p: Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await p;
    } finally {
      this.add(name, performance.now() - t0);
    }
  }

  summary(): PhaseSummary {
    const phases: Record<string, PhaseFigures> = {};
    for (const [name, s] of [...this.samples].sort((a, b) => b[1].total - a[1].total)) {
      const sorted = [...s.kept].sort((a, b) => a - b);
      const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
      phases[name] = { n: s.n, meanMs: s.total / s.n, p50Ms: at(0.5), p99Ms: at(0.99), totalMs: s.total };
    }
    const ms = (ns: number) => ns / 1e6;
    return {
      spanMs: this.last - this.first,
      phases,
      eventLoopDelay: { p50Ms: ms(this.loop.percentile(50)), p99Ms: ms(this.loop.percentile(99)), maxMs: ms(this.loop.max) },
    };
  }

  write(file: string): void {
    fs.writeFileSync(file, JSON.stringify(this.summary(), null, 2));
  }
}

/** The phases of this process when HANDLINGSROM_PHASES_FILE names a file, else undefined. */
export function phasesFromEnv(env: NodeJS.ProcessEnv = process.env): { phases: Phases; file: string } | undefined {
  const file = env[PHASES_ENV];
  return file ? { phases: new Phases(), file } : undefined;
}

/** The store with every asynchronous method timed as `store.<method>` (the pool's wait for a connection included). */
export function timedStore<T extends object>(store: T, phases: Phases): T {
  return new Proxy(store, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (typeof v !== 'function' || typeof key !== 'string') return v;
      return (...args: unknown[]) => {
        const r = (v as (...a: unknown[]) => unknown).apply(target, args);
        return r instanceof Promise ? phases.time(`store.${key}`, r) : r;
      };
    },
  });
}
