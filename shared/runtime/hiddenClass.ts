// V8 holds the hidden class (its "map") of a class's instances only weakly once the constructor has added fields:
// a full collection in which no instance is alive frees it, and with it every piece of optimized code that was
// specialized to it ("deoptimization, reason: weak objects" in `node --trace-deopt`). The next use then runs
// unoptimized until the compiler has made that code again, on a background thread. A class whose instances live
// only during one operation (a build of a scenario's lines, an engine's load) thus paid for its compilation again
// in every operation after a full collection: L's lines built right after one took twice the CPU time, an open of
// L 1.5 times (docs/performance.md, *Opening and comparing*). Keeping one instance of such a class for the life of
// the process keeps its hidden class, and the code made for it.

const kept: unknown[] = [];

/** Keeps `instance` (made like the class's working instances: the same fields, added in the same order) for the
 *  life of the process, so that the hidden class it shares with them outlives them. Returns it. */
export function keepHiddenClass<T>(instance: T): T {
  kept.push(instance);
  return instance;
}
