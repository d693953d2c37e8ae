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
