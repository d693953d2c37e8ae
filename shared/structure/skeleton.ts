// "The structure of an existing scenario without its numbers": a new blank scenario (its own name, municipality
// and horizon) with the other one's programme areas and frame items, assumptions, age groups, accounts rows and
// user lines (formulas kept, inputs blank). Measures, projects, services and the KOSTRA comparison are content,
// not structure, and stay behind; so do every number and the printed totals, and the user formulas that read
// what stayed behind.
import { buildLines } from '../domain/buildLines';
import { formulasReading } from '../lines/whereUsed';
import { blankScenario, blankSeries, type BlankScenarioOptions } from '../model/blank';
import type { Scenario } from '../model/scenario';

export function structureOf(source: Scenario, opts: BlankScenarioOptions): Scenario {
  const doc = blankScenario(opts);
  const blank = () => blankSeries(doc.years);
  doc.assumptions = source.assumptions.map((a) =>
    a.kind === 'scalar' ? { ...a, value: null } : { ...a, values: blank() },
  );
  doc.areas = source.areas.map((a) => ({
    id: a.id,
    code: a.code,
    name: a.name,
    ...(a.notes !== undefined ? { notes: a.notes } : {}),
    ...(a.deflatorId !== undefined ? { deflatorId: a.deflatorId } : {}),
    frame: { originalBudget: blank(), previousDecisions: blank(), currentYearChanges: blank(), wageAndPriceGrowth: blank() },
    items: a.items.map((i) => ({ id: i.id, name: i.name, values: blank(), ...(i.notes !== undefined ? { notes: i.notes } : {}) })),
  }));
  doc.demography = { ageGroups: source.demography.ageGroups.map((g) => ({ ...g, population: blank() })), services: [] };
  doc.accounts = {
    ...(source.accounts.thresholdShare !== undefined ? { thresholdShare: source.accounts.thresholdShare } : {}),
    rows: source.accounts.rows.map((r) => ({ id: r.id, code: r.code, name: r.name, ...(r.areaId !== undefined ? { areaId: r.areaId } : {}), revisedBudget: blank(), accounts: blank() })),
  };
  doc.rules = { ...source.rules };
  doc.lines = source.lines.map((l) => (l.kind === 'input' ? { ...l, values: blank() } : { ...l }));
  // Formulas that read a measure, a project … that stayed behind go too (and then those reading them).
  for (;;) {
    const keys = new Set(buildLines(doc).lines.map((l) => l.key));
    const broken = new Set(formulasReading(doc, (k) => !keys.has(k)).map((u) => u.id));
    const kept = doc.lines.filter((l) => !broken.has(l.id));
    if (kept.length === doc.lines.length) {
      for (const l of doc.lines) if (l.after !== undefined && !keys.has(l.after)) delete l.after;
      return doc;
    }
    doc.lines = kept;
  }
}
