// The only mathjs function the engine uses: `parse`, from a minimal instance built from the parse factory's own
// dependencies. Nothing is evaluated with it, and nothing in the instance is overridden. The number-only entry
// ('mathjs/number': formulas are plain numbers, no units, BigNumbers or matrices) loads in about half the time of
// the full one; the minimal instance lets a bundler leave the rest out and parses faster than the default one.
import { create, parseDependencies } from 'mathjs/number';
import type { MathNode } from 'mathjs';

const instance = create({ parseDependencies }, {});
const mathjsParse: (expr: string) => MathNode = instance.parse;

export function parseWithMathjs(text: string): MathNode {
  return mathjsParse(text);
}
