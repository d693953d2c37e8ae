// The classes whose instances live for one build or load keep their hidden class between builds
// (shared/runtime/hiddenClass.ts): their optimized code is not thrown away by the full collection after a build.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The functions V8 optimized during the run, and those whose code it threw away because an object it was specialized
 * to was freed, after `from` rounds.
 */
function trace(from: number): { optimized: Set<string>; weak: string[] } {
  const flags = ['--expose-gc', '--allow-natives-syntax', '--trace-deopt', '--trace-opt', '--import', 'tsx'];
  const out = execFileSync(process.execPath, [...flags, path.join(import.meta.dirname, 'keptClasses.ts')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const optimized = new Set<string>();
  const weak: string[] = [];
  let counting = false;
  for (const line of out.split('\n')) {
    if (line.startsWith(`---- round ${from - 1}`)) counting = true;
    const done = /^\[completed optimizing \S+ <JSFunction (\S+) /.exec(line);
    if (done) optimized.add(done[1]);
    const m = counting && line.includes('reason: weak objects') ? /<SharedFunctionInfo ([^>]*)>/.exec(line) : null;
    if (m) weak.push(m[1]);
  }
  return { optimized, weak };
}

describe('hidden classes kept between builds', () => {
  it('no code of the builder or the engine is thrown away after a collection; a class not kept is', { timeout: 60_000 }, () => {
    const { optimized, weak } = trace(4);
    // The control: this V8 does throw away code specialized to a hidden class freed by a full collection.
    expect(weak).toContain('add');
    const ours = ['place', 'push', 'translate', 'series', 'scalar', 'scalarInput', 'computed', 'addMeasure', 'define', 'bind', 'loadOnce', 'writeRaw', 'rebuildGraph'];
    // Code that was never optimized cannot be thrown away: the check below would pass for nothing.
    expect(ours.filter((n) => optimized.has(n)).length).toBeGreaterThanOrEqual(3);
    expect(weak.filter((n) => ours.includes(n))).toEqual([]);
  });
});
