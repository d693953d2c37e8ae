// The store the compiled closures read and write. Shapes are compiled once per process and horizon and shared by
// every engine (formulaCache.ts: Sammenlign's scenarios, the analyses' private copy and each reopened scenario
// compiled the same formulas again, some 4 MB of closures per load of L), so a closure cannot hold its engine's
// store: the engine makes its own the active one while it calls them (Engine.evaluate, explain). One thread
// evaluates one engine at a time, and no closure calls into another engine.
import type { Store } from './compile';
import { TagSums } from './tagSums';

/** Active between evaluations: holds no engine's values, so a dropped engine's are not kept alive. */
const IDLE: Store = { data: new Float64Array(0), err: null, groups: [], slots: new Int32Array(0), work: 0, verr: [], vraised: false, voff: 0, roff: new Int32Array(0), rerr: false, sums: new TagSums(1) };

/** The active engine's store (a live binding: closures read it when called, not when compiled). */
export let st: Store = IDLE;

export function activate(store: Store): void {
  st = store;
}

export function deactivate(): void {
  st = IDLE;
}
