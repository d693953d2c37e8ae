// Formula text → checked tree (ir.ts). mathjs parses; this file walks the mathjs tree and admits only the
// whitelisted node kinds, operators and functions. Everything else becomes an error value.
import type {
  AccessorNode,
  ConditionalNode,
  ConstantNode,
  FunctionNode,
  MathNode,
  OperatorNode,
  ParenthesisNode,
  RelationalNode,
  SymbolNode,
} from 'mathjs';
import { arityText, builtinNames, builtins, isBuiltin } from './builtins';
import { engineError, ErrorCode } from './errors';
import type { CompareOp, Expr, MathFn } from './ir';
import { parseWithMathjs } from './mathjsParse';
import { nearest } from './suggest';
import type { EngineError } from './types';

/** A constant of any value type; the checker looks at the value itself. */
type AnyConstant = ConstantNode<string | number | boolean | null | undefined>;

export type Checked = { ok: true; expr: Expr } | { ok: false; error: EngineError };

/** Deeper trees are refused, so that neither the checker nor the compiled closures can exhaust the stack. */
export const MAX_DEPTH = 200;

/**
 * index(rate) and grow(base, rate) evaluate their rate in every year up to the current one, so a rate that itself
 * holds index() costs years² and eight levels cost years⁸ — a 79-character formula that never finishes. Two
 * levels are plenty for real plans (a growth of a growth); deeper ones are refused when the formula is checked.
 */
export const MAX_GROWTH_NESTING = 2;

/** How many index()/grow() rates are nested inside each other in `e`. Each node is visited once: a walk that
 *  read a rate twice (once as an argument, once as the rate) took 2^n steps for n nested index() calls, and a
 *  file holding `index(index(…))` forty deep hung the import. */
export function growthNesting(e: Expr): number {
  switch (e.k) {
    case 'neg':
    case 'not':
      return growthNesting(e.a);
    case 'arith':
    case 'logic':
      return Math.max(growthNesting(e.a), growthNesting(e.b));
    case 'cond':
      return Math.max(growthNesting(e.c), growthNesting(e.a), growthNesting(e.b));
    case 'prev':
      return e.def ? growthNesting(e.def) : 0;
    case 'compare':
      return maxNesting(e.args, undefined);
    case 'call': {
      if (e.fn !== 'index' && e.fn !== 'grow') return maxNesting(e.args, undefined);
      // Only the rate is read in every year; grow's base is read once.
      const rate = e.args[e.fn === 'index' ? 0 : 1];
      return rate === undefined ? Math.max(1, maxNesting(e.args, undefined)) : maxNesting(e.args, rate);
    }
    default:
      return 0;
  }
}

/** The largest nesting among `args`, the one that is `rate` counting one level more. */
function maxNesting(args: readonly Expr[], rate: Expr | undefined): number {
  let n = 0;
  for (const a of args) n = Math.max(n, growthNesting(a) + (a === rate ? 1 : 0));
  return n;
}

class CheckFailure {
  constructor(readonly error: EngineError) {}
}
const fail = (code: Parameters<typeof engineError>[0], params?: Record<string, string | number>): never => {
  throw new CheckFailure(engineError(code, params));
};

/** Parse and check one formula. Never throws. */
export function checkFormulaText(text: string): Checked {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: engineError(ErrorCode.empty) };
  let root: MathNode;
  try {
    root = parseWithMathjs(text);
  } catch (e) {
    return { ok: false, error: parseError(e) };
  }
  // mathjs reads both '' (or only a comment) and the word `undefined` as an undefined constant.
  if (root.type === 'ConstantNode' && (root as AnyConstant).value === undefined && text.replace(/#.*$/gm, '').trim() === '') {
    return { ok: false, error: engineError(ErrorCode.empty) };
  }
  try {
    const expr = convert(root, 0);
    const nesting = growthNesting(expr);
    if (nesting > MAX_GROWTH_NESTING) return { ok: false, error: engineError(ErrorCode.growthNesting, { max: MAX_GROWTH_NESTING }) };
    return { ok: true, expr };
  } catch (e) {
    if (e instanceof CheckFailure) return { ok: false, error: e.error };
    if (e instanceof RangeError) return { ok: false, error: engineError(ErrorCode.tooComplex) };
    return { ok: false, error: engineError(ErrorCode.parseGeneric, { pos: 1 }) };
  }
}

const SYNTAX_MESSAGES: [RegExp, Parameters<typeof engineError>[0]][] = [
  [/^Unexpected end of expression/, ErrorCode.parseUnexpectedEnd],
  [/^Value expected/, ErrorCode.parseValueExpected],
  [/^Parenthesis \) expected/, ErrorCode.parseParenExpected],
  [/^(Syntax error in part|Unexpected part|Unexpected operator|Digit expected|Property name expected)/, ErrorCode.parseUnexpectedPart],
  [/^End of string/, ErrorCode.parseUnterminatedString],
  [/^(False part of conditional|The true-expression of a conditional)/, ErrorCode.parseConditional],
];

/** mathjs throws a SyntaxError with an English message and a 1-based `char`; keep the position, map the kind. */
function parseError(e: unknown): EngineError {
  if (e instanceof RangeError) return engineError(ErrorCode.tooComplex);
  const message = e instanceof Error ? e.message : '';
  const char = (e as { char?: unknown } | null)?.char;
  const pos = typeof char === 'number' && Number.isFinite(char) ? char : 1;
  for (const [re, code] of SYNTAX_MESSAGES) if (re.test(message)) return engineError(code, { pos });
  return engineError(ErrorCode.parseGeneric, { pos });
}

const COMPARE: Record<string, CompareOp> = {
  equal: '==',
  unequal: '!=',
  smaller: '<',
  larger: '>',
  smallerEq: '<=',
  largerEq: '>=',
};

function convert(node: MathNode, depth: number): Expr {
  if (depth > MAX_DEPTH) fail(ErrorCode.tooComplex);
  const d = depth + 1;
  switch (node.type) {
    case 'ConstantNode':
      return constant((node as AnyConstant).value);
    case 'SymbolNode': {
      const name = (node as SymbolNode).name;
      if (name === 'year') return { k: 'year' };
      if (name === 'yearindex') return { k: 'yearindex' };
      return { k: 'ref', name };
    }
    case 'AccessorNode':
      return { k: 'ref', name: qualifiedName(node as AccessorNode) };
    case 'ParenthesisNode':
      return convert((node as ParenthesisNode).content, d);
    case 'ConditionalNode': {
      const c = node as ConditionalNode;
      return { k: 'cond', c: convert(c.condition, d), a: convert(c.trueExpr, d), b: convert(c.falseExpr, d) };
    }
    case 'OperatorNode':
      return operator(node as OperatorNode<never, never>, d);
    case 'RelationalNode': {
      const r = node as RelationalNode;
      const ops = r.conditionals.map((c) => COMPARE[c] ?? fail(ErrorCode.forbiddenOperator, { op: c }));
      return { k: 'compare', ops, args: r.params.map((p) => convert(p, d)) };
    }
    case 'FunctionNode':
      return call(node as FunctionNode<MathNode>, d);
    case 'AssignmentNode':
      return fail(ErrorCode.forbiddenAssignment);
    case 'FunctionAssignmentNode':
      return fail(ErrorCode.forbiddenFunctionDefinition);
    case 'BlockNode':
      return fail(ErrorCode.forbiddenBlock);
    case 'ArrayNode':
      return fail(ErrorCode.forbiddenArray);
    case 'ObjectNode':
      return fail(ErrorCode.forbiddenObject);
    case 'RangeNode':
      return fail(ErrorCode.forbiddenRange);
    case 'IndexNode':
      return fail(ErrorCode.forbiddenIndex);
    default:
      return fail(ErrorCode.forbiddenNode, { kind: String(node.type) });
  }
}

function constant(value: unknown): Expr {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(ErrorCode.forbiddenConstant, { value: String(value) });
    return { k: 'num', v: value };
  }
  if (typeof value === 'boolean') return { k: 'num', v: value ? 1 : 0 };
  if (typeof value === 'string') return fail(ErrorCode.forbiddenString);
  return fail(ErrorCode.forbiddenConstant, { value: String(value) });
}

/** `p05.ramme` arrives as AccessorNode(SymbolNode p05, IndexNode['ramme'] in dot notation); nested for more dots. */
function qualifiedName(node: AccessorNode): string {
  const parts: string[] = [];
  let cur: MathNode = node;
  while (cur.type === 'AccessorNode') {
    const acc = cur as AccessorNode;
    if (acc.optionalChaining) fail(ErrorCode.forbiddenOptionalChaining);
    const dims = acc.index.dimensions;
    if (!acc.index.dotNotation) fail(ErrorCode.forbiddenIndex);
    const prop = dims.length === 1 && dims[0].type === 'ConstantNode' ? (dims[0] as AnyConstant).value : undefined;
    if (typeof prop !== 'string') return fail(ErrorCode.forbiddenIndex);
    parts.push(prop);
    cur = acc.object;
  }
  if (cur.type !== 'SymbolNode') fail(ErrorCode.forbiddenAccess);
  parts.push((cur as SymbolNode).name);
  return parts.reverse().join('.');
}

function operator(node: OperatorNode<never, never>, d: number): Expr {
  const fn: string = node.fn;
  const op: string = node.op;
  const args = node.args;
  if (args.length === 1) {
    if (fn === 'unaryMinus') return { k: 'neg', a: convert(args[0], d) };
    if (fn === 'unaryPlus') return convert(args[0], d);
    if (fn === 'not') return { k: 'not', a: convert(args[0], d) };
    return fail(ErrorCode.forbiddenOperator, { op });
  }
  if (args.length !== 2) return fail(ErrorCode.forbiddenOperator, { op });
  switch (fn) {
    case 'add':
    case 'subtract':
    case 'divide':
    case 'pow':
      return { k: 'arith', op: op as '+' | '-' | '/' | '^', a: convert(args[0], d), b: convert(args[1], d) };
    case 'multiply':
      // `2 x`, `2(a + b)` and the misreading of `a.1` as a * 0.1 are implicit multiplications: refused.
      if (node.implicit) return fail(ErrorCode.forbiddenImplicitMultiplication);
      return { k: 'arith', op: '*', a: convert(args[0], d), b: convert(args[1], d) };
    case 'and':
    case 'or':
    case 'xor':
      return { k: 'logic', op: fn, a: convert(args[0], d), b: convert(args[1], d) };
    case 'mod':
      return op === '%' ? fail(ErrorCode.forbiddenModulo) : fail(ErrorCode.forbiddenOperator, { op });
    default:
      if (fn in COMPARE) return { k: 'compare', ops: [COMPARE[fn]], args: [convert(args[0], d), convert(args[1], d)] };
      return fail(ErrorCode.forbiddenOperator, { op });
  }
}

function call(node: FunctionNode<MathNode>, d: number): Expr {
  const fnNode = node.fn;
  if (fnNode.type !== 'SymbolNode') {
    const name = fnNode.type === 'AccessorNode' ? safeName(fnNode as AccessorNode) : String(fnNode.type);
    return fail(ErrorCode.forbiddenMethodCall, { name });
  }
  const name = (fnNode as SymbolNode).name;
  if (!isBuiltin(name)) {
    const suggestion = nearest(name, builtinNames);
    return suggestion === undefined
      ? fail(ErrorCode.unknownFunction, { name })
      : fail(ErrorCode.unknownFunctionSuggest, { name, suggestion });
  }
  const info = builtins[name];
  const args = node.args;
  if (args.length < info.min || args.length > info.max) {
    fail(ErrorCode.arity, { name, expected: arityText(info), count: args.length });
  }
  switch (name) {
    case 'if':
      return { k: 'cond', c: convert(args[0], d), a: convert(args[1], d), b: convert(args[2], d) };
    case 'prev': {
      const target = convert(unwrap(args[0]), d);
      if (target.k !== 'ref') return fail(ErrorCode.prevTarget);
      let n = 1;
      if (args.length >= 2) {
        const a = unwrap(args[1]);
        const v = a.type === 'ConstantNode' ? (a as AnyConstant).value : undefined;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return fail(ErrorCode.prevOffset);
        n = v;
      }
      return { k: 'prev', name: target.name, n, def: args.length === 3 ? convert(args[2], d) : null };
    }
    case 'sumtag':
    case 'counttag': {
      const a = unwrap(args[0]);
      const v = a.type === 'ConstantNode' ? (a as AnyConstant).value : undefined;
      if (typeof v !== 'string') return fail(ErrorCode.tagArgument, { name });
      return { k: 'tag', fn: name, tag: v };
    }
    default:
      return { k: 'call', fn: name as MathFn, args: args.map((a) => convert(a, d)) };
  }
}

function unwrap(node: MathNode): MathNode {
  let n = node;
  while (n.type === 'ParenthesisNode') n = (n as ParenthesisNode).content;
  return n;
}

function safeName(node: AccessorNode): string {
  try {
    return qualifiedName(node);
  } catch {
    return 'AccessorNode';
  }
}
