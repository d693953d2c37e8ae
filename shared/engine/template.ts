// Formula templates: one shape shared by many generated lines. `m.full * phasein(m.start, 7)` with params ['m']
// and a line's args { m: 'tiltak.m12' } reads `tiltak.m12.full` and `tiltak.m12.start`.
import type { Expr } from './ir';

export interface Template {
  id: string;
  text: string;
  params: string[];
  expr: Expr;
}

/** The line key a template name stands for: a parameter as first segment is replaced by the line's argument.
 *  Undefined when the parameter has no argument. */
export function bindName(name: string, params: readonly string[], args: Readonly<Record<string, unknown>>): string | undefined {
  const dot = name.indexOf('.');
  const first = dot < 0 ? name : name.slice(0, dot);
  if (!params.includes(first)) return name;
  const arg = Object.prototype.hasOwnProperty.call(args, first) ? args[first] : undefined;
  if (typeof arg !== 'string') return undefined;
  return dot < 0 ? arg : arg + name.slice(dot);
}

const isIdentStart = (c: string) => /[A-Za-z_$\u00C0-\u02AF]/.test(c);
const isIdentPart = (c: string) => /[A-Za-z0-9_$\u00C0-\u02AF]/.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

/** The template's text with its parameters replaced by the line's arguments, for display (formula bar,
 *  explain). Only whole first segments of names are replaced: not property parts after a dot, not function
 *  names, not text inside quotes. */
export function bindTemplateText(text: string, params: readonly string[], args: Readonly<Record<string, unknown>>): string {
  let out = '';
  let i = 0;
  let lastSignificant = '';
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      lastSignificant = c;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      let j = i;
      while (j < text.length && (isDigit(text[j]) || text[j] === '.')) j++;
      if ((text[j] === 'e' || text[j] === 'E') && /[0-9+-]/.test(text[j + 1] ?? '')) {
        j += 2;
        while (j < text.length && isDigit(text[j])) j++;
      }
      out += text.slice(i, j);
      i = j;
      lastSignificant = '0';
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < text.length && isIdentPart(text[j])) j++;
      const word = text.slice(i, j);
      let k = j;
      while (k < text.length && /\s/.test(text[k])) k++;
      const isCall = text[k] === '(';
      const arg = params.includes(word) && lastSignificant !== '.' && !isCall ? args[word] : undefined;
      out += typeof arg === 'string' ? arg : word;
      i = j;
      lastSignificant = 'a';
      continue;
    }
    if (!/\s/.test(c)) lastSignificant = c;
    out += c;
    i++;
  }
  return out;
}
