// `explain <file> <line-key> <year> [--depth N]`: the derivation of one number, indented — each line's formula
// and the values it reads, recursively, down to the inputs.
import type { DisplayFormat } from '../../shared/domain/types';
import { nearest } from '../../shared/engine/suggest';
import type { ExplainNode } from '../../shared/engine/types';
import { t, type Lang } from '../../shared/i18n/index';
import { translateMessage } from '../../shared/model/issues';
import { formatValue } from './format';
import { computeLoaded, loadScenario } from './load';
import { EXIT, type CliCommand } from './types';

const DEFAULT_DEPTH = 4;
const MAX_DEPTH = 50;

function renderTree(root: ExplainNode, lang: Lang, displayOf: (key: string) => DisplayFormat): string[] {
  const out: string[] = [];
  const walk = (node: ExplainNode, indent: string) => {
    const display = node.tag !== undefined ? 'amount' : displayOf(node.key);
    const value =
      node.value === null ? t(lang, 'cli.error') : formatValue(node.value, display, lang, { percentDecimals: 2 });
    const name = node.label ? `${node.key} – ${node.label}` : node.key;
    const notes: string[] = [];
    const isInput = node.formula === undefined && node.tag === undefined && node.inputs.length === 0 && !node.error && !node.beforeStart;
    if (isInput) notes.push(t(lang, 'cli.explain.input'));
    if (node.beforeStart) notes.push(t(lang, 'cli.explain.beforeStart'));
    if (node.repeated) notes.push(t(lang, 'cli.explain.repeated'));
    if (node.truncated) notes.push(t(lang, 'cli.explain.truncated'));
    out.push(`${indent}${name}, ${node.year}: ${value}${notes.length > 0 ? `  ${notes.join(' ')}` : ''}`);
    if (node.error) out.push(`${indent}  ! ${translateMessage(node.error.code, node.error.params, lang)}`);
    if (node.formula !== undefined) out.push(`${indent}  ${t(lang, 'cli.explain.formula', { formula: node.formula })}`);
    for (const child of node.inputs) walk(child, `${indent}  `);
  };
  walk(root, '');
  return out;
}

export const explainCommand: CliCommand = {
  name: 'explain',
  usageKey: 'cli.explain.usage',
  summaryKey: 'cli.explain.summary',
  options: { depth: { type: 'string' } },
  args: { min: 3, max: 3 },
  run([file, key, yearText], options, ctx) {
    const { io, lang } = ctx;
    if (!/^\d{4}$/.test(yearText)) {
      io.err(t(lang, 'cli.notAYear', { value: yearText }));
      io.err(t(lang, 'cli.usageOf', { usage: t(lang, 'cli.explain.usage') }));
      return EXIT.usage;
    }
    let depth = DEFAULT_DEPTH;
    if (typeof options.depth === 'string') {
      depth = Number(options.depth);
      if (!/^\d+$/.test(options.depth) || depth > MAX_DEPTH) {
        io.err(t(lang, 'cli.notADepth', { value: options.depth }));
        return EXIT.usage;
      }
    }
    const scenario = loadScenario(file, ctx);
    if (scenario === null) return EXIT.invalid;
    const year = Number(yearText);
    const last = scenario.firstYear + scenario.years - 1;
    if (year < scenario.firstYear || year > last) {
      io.err(t(lang, 'cli.yearOutside', { year, first: scenario.firstYear, last }));
      return EXIT.invalid;
    }
    const c = computeLoaded(scenario, ctx);
    if (c === null) return EXIT.invalid;
    if (!c.engine.has(key)) {
      const suggestion = nearest(key, c.engine.keys());
      io.err(suggestion === undefined ? t(lang, 'cli.unknownLine', { key }) : t(lang, 'cli.unknownLineSuggest', { key, suggestion }));
      return EXIT.invalid;
    }
    const displays = new Map(c.lines.map((l) => [l.key, l.meta.display]));
    const tree = c.engine.explain(key, year - scenario.firstYear, depth);
    io.out(renderTree(tree, lang, (k) => displays.get(k) ?? 'amount').join('\n'));
    return EXIT.ok;
  },
};
