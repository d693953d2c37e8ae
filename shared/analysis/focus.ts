// Narrowing the model's recomputes to what an analysis reads (Engine.focus): with thousands of edits, the lines no
// output reads (other totals, the views' lines) are computed once at the end instead of after every edit. The
// outputs' lines come from their sources (lineProbe names its line), or, for a probe built on line probes without
// naming them (e.g. the difference of two), from the line probes it reads (traceSource). A traced source can miss
// a line read some other way, so an analysis narrows by it only where it checks its results unnarrowed.
import type { Focusable, Probe, ProbeSource } from './types';

let trace: ProbeSource[] | null = null;

/** Called by line probes on every read: noted while a trace runs. */
export function noteRead(source: ProbeSource): void {
  if (trace !== null) trace.push(source);
}

/** One model and every line, when every probe has a source and all share the model; else null. */
export function sourceOf(probes: readonly Probe[]): ProbeSource | null {
  return merge(probes.map((p) => p.source));
}

/** As sourceOf, taking a probe without a source from the line probes its read() reads; null when one reads none. */
export function traceSource(probes: readonly Probe[]): ProbeSource | null {
  const found: (ProbeSource | undefined)[] = [];
  for (const p of probes) {
    if (p.source !== undefined) {
      found.push(p.source);
      continue;
    }
    const seen: ProbeSource[] = [];
    const outer = trace;
    trace = seen;
    try {
      p.read();
    } finally {
      trace = outer;
    }
    const merged = merge(seen);
    if (merged === null) return null;
    found.push(merged);
  }
  return merge(found);
}

function merge(sources: readonly (ProbeSource | undefined)[]): ProbeSource | null {
  if (sources.length === 0) return null;
  let model: Focusable | undefined;
  const lines = new Set<string>();
  for (const s of sources) {
    if (s === undefined || (model !== undefined && s.model !== model)) return null;
    model = s.model;
    for (const k of s.lines) lines.add(k);
  }
  return { model: model!, lines: [...lines] };
}

/** `body` with the model's recomputes narrowed to the source's lines; as it is without a source. */
export function focused<T>(source: ProbeSource | null, body: () => T): T {
  return source === null ? body() : source.model.focus(source.lines, body);
}
