// Comparing 4 scenarios: the base document and three variants a finance officer would make (measures switched
// off, another price growth, edited frames and a removed line), each open as a LiveScenario, as Sammenlign holds
// them. The figure is what the view derives once the four are open (renderer/src/compare/useComparison.ts): the
// aligned rows (compareScenarios), the changes from the first to each other (diffDocuments) and the chart data, and
// the cells of the rows the grid draws first. The rows' other cells are built when read: `tableMs` is the whole
// table with every cell, as the CSV and Excel exports of the comparison build it.
import { compareScenarios, comparisonTable, diffDocuments, rowsShown, scenarioChartData } from '../../shared/compare';
import { LiveScenario } from '../../shared/live/scenario';
import type { Scenario } from '../../shared/model';
import { applyPatches, type Patch } from '../../shared/patch';
import { timeRuns, type RunOptions, type Timing } from './measure';

/** About the rows a grid of the view's height draws, with AG Grid's buffer. */
const DRAWN_ROWS = 40;

export function variants(doc: Scenario): Scenario[] {
  const patch = (patches: Patch[], name: string) => {
    const next = applyPatches(doc, patches).doc;
    return { ...next, id: `${doc.id}_${name}`, name: `${doc.name} (${name})` };
  };
  const off = doc.measures.filter((_, i) => i % 10 === 0).map((m): Patch => ({ op: 'set', path: ['measures', { id: m.id }, 'included'], value: false }));
  const price = doc.assumptions.find((a) => a.id === 'prisvekst');
  const priced: Patch[] =
    price && price.kind === 'series' ? price.values.map((v, y): Patch => ({ op: 'set', path: ['assumptions', { id: price.id }, 'values', y], value: (v ?? 0) + 0.005 })) : [];
  const frames = doc.areas
    .filter((_, i) => i % 3 === 0)
    .map((a): Patch => ({ op: 'set', path: ['areas', { id: a.id }, 'frame', 'originalBudget', 0], value: (a.frame.originalBudget[0] ?? 0) + 1000 }));
  const removed: Patch[] = doc.lines.length > 0 ? [{ op: 'remove', path: ['lines', { id: doc.lines[doc.lines.length - 1].id }] }] : [];
  return [doc, patch(off, 'uten tiltak'), patch(priced, 'prisvekst'), patch([...frames, ...removed], 'rammer')];
}

/** The four scenarios open, as the view holds them. */
export function openVariants(doc: Scenario): LiveScenario[] {
  return variants(doc).map((d) => new LiveScenario(d, 0));
}

/** What the view derives from the open scenarios (`docs`: their documents, fresh objects per run, see below). */
export function compareOnce(open: readonly LiveScenario[], docs: readonly Scenario[]): ReturnType<typeof compareScenarios> {
  const result = compareScenarios(open.map((l, i) => ({ id: docs[i].id, name: docs[i].name, doc: docs[i], engine: l.engine, lines: l.allLines() })));
  for (let i = 1; i < open.length; i++) diffDocuments(docs[0], docs[i], { a: open[0].allLines(), b: open[i].allLines() });
  for (const l of open) scenarioChartData(l.doc.name, l.engine);
  for (const r of rowsShown(result).slice(0, DRAWN_ROWS)) void r.cells;
  return result;
}

export function benchCompare(doc: Scenario, opts: RunOptions): { timing: Timing; tableMs: Timing } {
  const open = openVariants(doc);
  // New document objects each run, as the view gets them when it opens: diffDocuments keeps what it derived per
  // document object, and a run on the same objects would time only the second look.
  let docs = open.map((l) => l.doc);
  const fresh = () => (docs = docs.map((d) => structuredClone(d)));
  const timing = timeRuns(opts, () => void compareOnce(open, docs), fresh);
  const tableMs = timeRuns(opts, () => void comparisonTable(compareOnce(open, docs), 'nb'), fresh);
  return { timing, tableMs };
}
