// The classes whose instances live for one build or load keep their hidden class between builds
// (shared/runtime/hiddenClass.ts): their optimized code is not thrown away by the full collection after a build.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The functions whose code V8 threw away because an object it was specialized to was freed, after `from` rounds. */
function weakDeopts(from: number): string[] {
  const out = execFileSync(process.execPath, ['--expose-gc', '--trace-deopt', '--import', 'tsx', path.join(import.meta.dirname, 'keptClasses.ts')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const names: string[] = [];
  let counting = false;
  for (const line of out.split('\n')) {
    if (line.startsWith(`---- round ${from - 1}`)) counting = true;
    const m = counting && line.includes('reason: weak objects') ? /<SharedFunctionInfo ([^>]*)>/.exec(line) : null;
    if (m) names.push(m[1]);
  }
  return names;
}

describe('hidden classes kept between builds', () => {
  it('no code of the builder or the engine is thrown away after a collection; a class not kept is', { timeout: 60_000 }, () => {
    const names = weakDeopts(4);
    // The control: this V8 does throw away code specialized to a hidden class freed by a full collection.
    expect(names).toContain('add');
    const ours = ['place', 'push', 'translate', 'series', 'scalar', 'scalarInput', 'computed', 'addMeasure', 'define', 'bind', 'loadOnce', 'writeRaw', 'rebuildGraph'];
    expect(names.filter((n) => ours.includes(n))).toEqual([]);
  });
});
