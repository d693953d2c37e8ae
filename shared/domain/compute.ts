// Build, load and compute a scenario in one call (the command line, tests, import checks). The app keeps its
// own engine and syncs it on every edit (shared/live); this is the whole path from a document to numbers.
import { ApiError } from '../api/errors';
import { Engine } from '../engine';
import type { Lang } from '../i18n/index';
import type { ModelMessage } from '../model/messages';
import type { Scenario } from '../model/scenario';
import { buildLines } from './buildLines';
import { reconcile } from './reconcile';
import type { BuiltLines, DomainLine, Finding, TemplateSpec } from './types';

export interface ComputedScenario {
  engine: Engine;
  lines: DomainLine[];
  templates: TemplateSpec[];
  /** Published totals the model does not reproduce. */
  findings: Finding[];
  /** What buildLines could not build (see BuiltLines.problems). */
  problems: ModelMessage[];
}

/** Define the templates on the engine and load the lines (replacing whatever the engine held). With
 *  `compute: false` nothing is computed yet: enough to ask lineError about definitions, names and cycles. */
export function loadLines(
  engine: Engine,
  built: { lines: DomainLine[]; templates: TemplateSpec[]; index?: BuiltLines['index'] },
  opts: { compute?: boolean } = {},
): void {
  for (const t of built.templates) engine.defineTemplate(t.id, t.formula, t.params);
  engine.load(built.lines, { ...opts, index: built.index });
}

export function computeScenario(scenario: Scenario, opts: { lang?: Lang } = {}): ComputedScenario {
  const built = buildLines(scenario, opts);
  const engine = new Engine({ firstYear: scenario.firstYear, years: scenario.years });
  loadLines(engine, built);
  return { engine, lines: built.lines, templates: built.templates, findings: reconcile(engine, built.lines), problems: built.problems };
}

/** computeScenario for what must not go on with cells left uncomputed (an export, the command line): a compute
 *  that ran out of the engine's work budget (engine.ts, WORK_BUDGET) throws compute.budget instead. */
export function computeWithinBudget(scenario: Scenario, opts: { lang?: Lang } = {}): ComputedScenario {
  const c = computeScenario(scenario, opts);
  if (c.engine.lastRecompute().stopped) throw new ApiError('compute.budget', { name: scenario.name });
  return c;
}
