// Timing: the median of several runs after a warm-up run. Heavy figures collect garbage before each run (and let
// the collector's background threads finish), so one run's garbage is not charged to the next.
// A time budget keeps the whole benchmark within minutes while a figure takes seconds per run: when the warm-up
// shows that the runs asked for would exceed it, fewer runs are timed (at least one), and a figure whose single
// run exceeds the budget is the warm-up run itself. Every such reduction is reported with the figure.
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | undefined;
try {
  // `npm run bench` runs without --expose-gc; the flag can still be set at run time for a fresh context.
  v8.setFlagsFromString('--expose-gc');
  collect = vm.runInNewContext('gc') as () => void;
} catch {
  collect = undefined;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** A full collection, then idle until the collector's background threads (sweeping, freeing array buffers) are
 *  done: whatever they still do when the next run starts is charged to it. A fixed few milliseconds were not
 *  enough on two shared cores: an L full recompute right after a collection took 2.3× the CPU time of one 300 ms
 *  later. Done = two 10 ms slices in a row in which the process used under 0.5 ms of CPU (at most 400 ms). */
export function gc(): void {
  if (!collect) return;
  collect();
  let quiet = 0;
  for (let i = 0; i < 40 && quiet < 2; i++) {
    const c0 = process.cpuUsage();
    Atomics.wait(pause, 0, 0, 10);
    const c = process.cpuUsage(c0);
    quiet = c.user + c.system < 500 ? quiet + 1 : 0;
  }
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface RunOptions {
  /** Timed runs wanted. */
  runs: number;
  /** Untimed runs first (JIT, caches). */
  warmup: number;
  /** Collect garbage before each run (default true; off for sub-millisecond figures where a run is one call). */
  gcEach?: boolean;
  /** Milliseconds the timed runs may take together; 0 or absent: no limit. */
  budgetMs?: number;
}

export interface Timing {
  median: number;
  /** The median CPU time of the process over the same runs (user + system, all threads): on a shared machine the
   *  wall time includes waiting for a core, this does not. */
  cpuMedian: number;
  /** The timed runs in ms. */
  times: number[];
  /** The warm-up runs in ms (the first is the cold figure). */
  warm: number[];
  /** Fewer than the runs asked for, because of the budget; `fromWarmup`: the figure is the warm-up run. */
  reduced: boolean;
  fromWarmup: boolean;
}

/** The options for a sub-millisecond figure (an edit: one call a run): no collection between runs, and many runs
 *  after a warm-up long enough for the JIT to have compiled the edit's path. With one warm-up call the median of 15
 *  measured mostly the tiers on the way: an L edit took 0.16 ms over its first 100 calls, 0.03 ms over the third
 *  hundred and 0.015 ms from about the 700th on. The same for every engine timed; the first call's time is still
 *  kept, as `warm[0]`. */
export function smallRuns(opts: RunOptions): RunOptions {
  return { runs: Math.max(300, opts.runs * 60), warmup: Math.max(1000, opts.warmup), gcEach: false, budgetMs: opts.budgetMs };
}

/** Times `fn` (run index passed in: warm-ups negative). `before` runs untimed before each call. */
export function timeRuns(opts: RunOptions, fn: (run: number) => void, before?: (run: number) => void): Timing {
  const clock = new RunClock(opts);
  const one = (i: number) => {
    before?.(i);
    clock.start();
    fn(i);
    return clock.stop();
  };
  const warm: number[] = [];
  for (let i = -opts.warmup; i < 0; i++) warm.push(one(i));
  const runs = clock.runsAfter(warm);
  if (typeof runs !== 'number') return runs;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(one(i));
  return clock.timing(times, warm, runs);
}

/** timeRuns for an asynchronous `fn` (a call through the service, whose store answers with promises). */
export async function timeRunsAsync(opts: RunOptions, fn: (run: number) => Promise<unknown>, before?: (run: number) => void | Promise<void>): Promise<Timing> {
  const clock = new RunClock(opts);
  const one = async (i: number) => {
    await before?.(i);
    clock.start();
    await fn(i);
    return clock.stop();
  };
  const warm: number[] = [];
  for (let i = -opts.warmup; i < 0; i++) warm.push(await one(i));
  const runs = clock.runsAfter(warm);
  if (typeof runs !== 'number') return runs;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await one(i));
  return clock.timing(times, warm, runs);
}

/** The wall and CPU time of each run, and how many runs the budget allows after the warm-ups. */
class RunClock {
  private readonly cpu: number[] = [];
  private c0 = process.cpuUsage();
  private t0 = 0;
  constructor(private readonly opts: RunOptions) {}

  start(): void {
    if (this.opts.gcEach ?? true) gc();
    this.c0 = process.cpuUsage();
    this.t0 = performance.now();
  }

  stop(): number {
    const dt = performance.now() - this.t0;
    const c = process.cpuUsage(this.c0);
    this.cpu.push((c.user + c.system) / 1000);
    return dt;
  }

  /** The timed runs the budget allows, or the last warm-up's figure when one run alone is over the budget. */
  runsAfter(warm: number[]): number | Timing {
    const runs = this.opts.runs;
    const budget = this.opts.budgetMs ?? 0;
    const guess = warm.length > 0 ? Math.min(...warm) : 0;
    if (budget > 0 && guess * runs > budget) {
      if (guess > budget && warm.length > 0) {
        return { median: warm[warm.length - 1], cpuMedian: this.cpu[this.cpu.length - 1], times: [], warm, reduced: true, fromWarmup: true };
      }
      return Math.max(1, Math.floor(budget / guess));
    }
    return runs;
  }

  timing(times: number[], warm: number[], runs: number): Timing {
    return { median: median(times), cpuMedian: median(this.cpu.slice(warm.length)), times, warm, reduced: runs < this.opts.runs, fromWarmup: false };
  }
}

/** timeOnce for an asynchronous `fn`. */
export async function timeOnceAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export function describeRuns(t: Timing): string | null {
  if (!t.reduced) return null;
  return t.fromWarmup ? '1 run (the warm-up)' : `${t.times.length} run${t.times.length === 1 ? '' : 's'}`;
}

/** Times one call. */
export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** What the value `make()` returns keeps alive, in MB: the heap and array buffers used after a full collection with
 *  the value held, less before it was made. Null when collections cannot be forced. */
export function heapOf<T>(make: () => T): { mb: number | null; value: T } {
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  gc();
  const before = used();
  const value = make();
  gc();
  return { mb: collect ? (used() - before) / 2 ** 20 : null, value };
}

/** Two sub-millisecond calls timed in the same minutes: after each has run its warm-up calls, alternately, blocks
 *  of `block` calls of one then of the other, each call timed alone. Timed apart (one figure, then the other a
 *  minute later), their ratio moved with whatever the shared machine did in between — by as much as the margin
 *  of a goal. Per side: the median of its calls' wall times, and of its blocks' CPU time per call (the CPU clock
 *  counts microseconds: too coarse for one call). Each call's index runs on over warm-ups and blocks (warm-ups
 *  negative), so both sides are given the same sequence. The budget bounds the timed calls of both together. */
export function timeAlternately(opts: RunOptions, a: (run: number) => void, b: (run: number) => void, block = 100): [Timing, Timing] {
  const sides = [a, b].map((fn) => ({ fn, times: [] as number[], cpu: [] as number[], warm: [] as number[] }));
  for (const s of sides) {
    for (let i = -opts.warmup; i < 0; i++) {
      const t0 = performance.now();
      s.fn(i);
      s.warm.push(performance.now() - t0);
    }
  }
  const budget = opts.budgetMs ?? 0;
  const perCall = sides.reduce((sum, s) => sum + Math.min(...s.warm), 0);
  const runs = budget > 0 && perCall * opts.runs > budget ? Math.max(block, Math.floor(budget / perCall)) : opts.runs;
  for (let done = 0; done < runs; done += block) {
    const n = Math.min(block, runs - done);
    for (const s of sides) {
      const c0 = process.cpuUsage();
      for (let i = done; i < done + n; i++) {
        const t0 = performance.now();
        s.fn(i);
        s.times.push(performance.now() - t0);
      }
      const c = process.cpuUsage(c0);
      s.cpu.push((c.user + c.system) / 1000 / n);
    }
  }
  const [ta, tb] = sides.map((s): Timing => ({ median: median(s.times), cpuMedian: median(s.cpu), times: s.times, warm: s.warm, reduced: runs < opts.runs, fromWarmup: false }));
  return [ta, tb];
}
