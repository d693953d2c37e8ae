// What every bench run prints around its figures: progress on stderr with the seconds since the start, and the
// machine with its load average before and after (on a shared machine the figures mean little without it).
import os from 'node:os';

export interface BenchSession {
  log(s: string): void;
  /** Node, the CPUs, the load average before and now, and the time in all. */
  env(): string;
}

export function benchSession(): BenchSession {
  const t0 = performance.now();
  const before = os.loadavg();
  const seconds = () => ((performance.now() - t0) / 1000).toFixed(0);
  const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  return {
    log: (s) => console.error(`[bench ${seconds()} s] ${s}`),
    env: () => `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}; load average ${la(before)} before, ${la(os.loadavg())} after; ${seconds()} s in all.`,
  };
}

/** The parsed options, or undefined after printing why they could not be read (the caller exits with 2). */
export function argsOr<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return undefined;
  }
}
