// The checked form of a formula: a small tree that only holds what the whitelist admits. The compiler turns
// it into closures; nothing of mathjs survives the check.

export type ArithOp = '+' | '-' | '*' | '/' | '^';
export type LogicOp = 'and' | 'or' | 'xor';
export type CompareOp = '==' | '!=' | '<' | '>' | '<=' | '>=';

/** Math built-ins that are plain functions of their argument values (see builtins.ts). */
export type MathFn = 'sum' | 'min' | 'max' | 'abs' | 'round' | 'floor' | 'ceil' | 'safediv' | 'phasein' | 'index' | 'grow';

export type Expr =
  | { k: 'num'; v: number }
  /** A reference to a line by key; in templates the first segment may be a parameter. */
  | { k: 'ref'; name: string }
  | { k: 'year' }
  | { k: 'yearindex' }
  | { k: 'neg'; a: Expr }
  | { k: 'not'; a: Expr }
  | { k: 'arith'; op: ArithOp; a: Expr; b: Expr }
  | { k: 'logic'; op: LogicOp; a: Expr; b: Expr }
  /** A comparison or a chain of them (`a < b <= c`): true when every adjacent pair holds. */
  | { k: 'compare'; ops: CompareOp[]; args: Expr[] }
  | { k: 'cond'; c: Expr; a: Expr; b: Expr }
  | { k: 'call'; fn: MathFn; args: Expr[] }
  | { k: 'prev'; name: string; n: number; def: Expr | null }
  | { k: 'tag'; fn: 'sumtag' | 'counttag'; tag: string };

/** Whether `ok` holds for `e` and for every node below it (prev's default included): the walk the questions
 *  asked of a whole formula share (run.ts runnable, vector.ts raisesNothing). */
export function everyNode(e: Expr, ok: (node: Expr) => boolean): boolean {
  if (!ok(e)) return false;
  switch (e.k) {
    case 'prev':
      return e.def === null || everyNode(e.def, ok);
    case 'neg':
    case 'not':
      return everyNode(e.a, ok);
    case 'arith':
    case 'logic':
      return everyNode(e.a, ok) && everyNode(e.b, ok);
    case 'compare':
    case 'call':
      return e.args.every((x) => everyNode(x, ok));
    case 'cond':
      return everyNode(e.c, ok) && everyNode(e.a, ok) && everyNode(e.b, ok);
    default:
      return true;
  }
}

/** The formula with its line names and its tags numbered in order of first appearance: `p01.a * (1 + x)` and
 *  `p02.a * (1 + x)` have one structure, `a + a` and `a + b` two. A compiled shape reads lines and tags only
 *  through slots numbered by first appearance, so formulas of one structure can share its closures
 *  (formulaCache.ts). Every field of every node is in it; numbers as written by String (exact), −0 apart. */
export function structureKey(e: Expr): string {
  return keyOf(e, { names: new Map(), tags: new Map() });
}

// Module-level functions, not closures made per call: V8 holds a closure's optimized code only weakly, and a full
// collection between two opens freed it with the closures (shared/runtime/hiddenClass.ts has the like for classes).
interface Numbering {
  names: Map<string, number>;
  tags: Map<string, number>;
}

function numberOf(map: Map<string, number>, s: string): number {
  let i = map.get(s);
  if (i === undefined) map.set(s, (i = map.size));
  return i;
}

function listOf(es: readonly Expr[], n: Numbering): string {
  let out = '';
  for (let i = 0; i < es.length; i++) out += (i === 0 ? '' : ',') + keyOf(es[i], n);
  return out;
}

function keyOf(x: Expr, n: Numbering): string {
  switch (x.k) {
    case 'num':
      return Object.is(x.v, -0) ? 'n-0' : 'n' + String(x.v);
    case 'ref':
      return 'r' + numberOf(n.names, x.name);
    case 'year':
    case 'yearindex':
      return x.k;
    case 'neg':
    case 'not':
      return x.k + '(' + keyOf(x.a, n) + ')';
    case 'arith':
    case 'logic':
      return x.op + '(' + keyOf(x.a, n) + ',' + keyOf(x.b, n) + ')';
    case 'compare':
      return 'c' + x.ops.join(' ') + '(' + listOf(x.args, n) + ')';
    case 'cond':
      return '?(' + keyOf(x.c, n) + ',' + keyOf(x.a, n) + ',' + keyOf(x.b, n) + ')';
    case 'call':
      return x.fn + '(' + listOf(x.args, n) + ')';
    case 'prev':
      // Its default after the name: the name is numbered first, as compile.ts's collect() does.
      return 'p' + numberOf(n.names, x.name) + ':' + x.n + '(' + (x.def === null ? '' : keyOf(x.def, n)) + ')';
    case 'tag':
      return x.fn + '#' + numberOf(n.tags, x.tag);
  }
}
