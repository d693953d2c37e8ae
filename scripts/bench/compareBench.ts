// Comparing 4 scenarios: the base document and three variants a finance officer would make (measures switched
// off, another price growth, edited frames and a removed line), each computed. The figure is what the Sammenlign
// view derives once the four are open (renderer/src/compare/useComparison.ts): the aligned rows
// (compareScenarios), the changes from the first to each other (diffDocuments) and the chart data.
import { compareScenarios, diffDocuments, scenarioChartData, type ComparedScenario } from '../../shared/compare';
import { buildLines, loadLines } from '../../shared/domain';
import { Engine } from '../../shared/engine';
import type { Scenario } from '../../shared/model';
import { applyPatches, type Patch } from '../../shared/patch';
import { timeRuns, type RunOptions, type Timing } from './measure';

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

function computed(doc: Scenario): Engine {
  const engine = new Engine({ firstYear: doc.firstYear, years: doc.years });
  loadLines(engine, buildLines(doc));
  return engine;
}

/** `engine`: the base document's engine, already computed (the engine figures built it). */
export function benchCompare(doc: Scenario, engine: Engine, opts: RunOptions): Timing {
  let compared: ComparedScenario[] = variants(doc).map((d, i) => ({ id: d.id, name: d.name, doc: d, engine: i === 0 ? engine : computed(d) }));
  return timeRuns(
    opts,
    () => {
      compareScenarios(compared);
      for (const c of compared.slice(1)) diffDocuments(compared[0].doc, c.doc);
      for (const c of compared) scenarioChartData(c.name, c.engine);
    },
    // New document objects each run, as the view gets them when it opens: diffDocuments keeps the lines it built
    // per document object, and a run on the same objects would time only the second look.
    () => (compared = compared.map((c) => ({ ...c, doc: structuredClone(c.doc) }))),
  );
}
