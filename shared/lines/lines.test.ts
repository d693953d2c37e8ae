import { describe, expect, it } from 'vitest';
import { buildLines, computeScenario } from '../domain';
import { customLineKey, type CustomLine } from '../model/customLine';
import { sampleScenario } from '../model/sample';
import type { Scenario } from '../model/scenario';
import { scenarioSchema } from '../model/scenario';
import { applyPatches } from '../patch/apply';
import type { Patch } from '../patch/types';
import { addLine, formulasReading, inSection, isKey, moveLine, removeLine, renameLine, usesText } from '.';

const keysOf = (doc: Scenario) => buildLines(doc).lines.map((l) => l.key);
const apply = (doc: Scenario, patches: Patch[]) => {
  const next = applyPatches(doc, patches).doc;
  expect(scenarioSchema.safeParse(next).success).toBe(true);
  return next;
};
const add = (doc: Scenario, spec: Parameters<typeof addLine>[1]) => {
  const { line, patch } = addLine(doc, spec, keysOf(doc));
  return { doc: apply(doc, [patch]), line };
};

/** The sample with two user lines under P05: an input «Vikarbruk på sykehjem» and a formula that reads it. */
function withLines() {
  let doc = sampleScenario();
  const a = add(doc, { kind: 'input', view: 'rammer', section: 'p05', label: 'Vikarbruk på sykehjem', unit: '1000 kr' });
  doc = a.doc;
  const b = add(doc, { kind: 'formula', view: 'rammer', section: 'p05', label: 'Vikarbruk netto', unit: '1000 kr', formula: 'p05.vikarbruk_paa_sykehjem * 0.8 + prev(p05.vikarbruk_paa_sykehjem)' });
  return { doc: b.doc, input: a.line, formula: b.line };
}

describe('adding a line', () => {
  it('gives it a readable key, unique in its section, and a readable id', () => {
    const { doc, input, formula } = withLines();
    expect(customLineKey(input)).toBe('p05.vikarbruk_paa_sykehjem');
    expect(input.id).toBe('vikarbruk_paa_sykehjem');
    expect(input.kind === 'input' && input.values).toEqual([null, null, null, null]);
    expect(customLineKey(formula)).toBe('p05.vikarbruk_netto');
    // A label whose slug a generated line has (p05.ramme) or another user line has gets a suffix.
    expect(customLineKey(add(doc, { kind: 'input', view: 'rammer', section: 'p05', label: 'Ramme', unit: '1000 kr' }).line)).toBe('p05.ramme_2');
    expect(customLineKey(add(doc, { kind: 'input', view: 'rammer', section: 'p05', label: 'Vikarbruk på sykehjem', unit: '1000 kr' }).line)).toBe('p05.vikarbruk_paa_sykehjem_2');
    const c = computeScenario(doc);
    expect(c.engine.error('p05.vikarbruk_netto', 1)).toBeUndefined();
  });
});

describe('where a line is used', () => {
  it('names the formula lines that read a key or a section, leaving out the line itself', () => {
    const { doc, formula } = withLines();
    const uses = formulasReading(doc, isKey('p05.vikarbruk_paa_sykehjem'));
    expect(uses).toEqual([{ id: formula.id, key: 'p05.vikarbruk_netto', label: 'Vikarbruk netto', reads: ['p05.vikarbruk_paa_sykehjem'] }]);
    expect(usesText(uses)).toBe('«Vikarbruk netto» (p05.vikarbruk_netto)');
    expect(formulasReading(doc, inSection('p05'), new Set([formula.id]))).toEqual([]);
    expect(formulasReading(doc, inSection('p07'))).toEqual([]);
  });
});

describe('renaming a line', () => {
  it('gives it the key of its new label and keeps the formulas that read it working, in one set of patches', () => {
    const { doc, input, formula } = withLines();
    const before = computeScenario(doc).engine.values('p05.vikarbruk_netto');
    const r = renameLine(doc, input.id, 'Innleie', keysOf(doc));
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.key).toBe('p05.innleie');
    expect(r.rewritten.map((u) => u.key)).toEqual(['p05.vikarbruk_netto']);
    const next = apply(doc, r.patches);
    const f = next.lines.find((l) => l.id === formula.id) as Extract<CustomLine, { kind: 'formula' }>;
    expect(f.formula).toBe('p05.innleie * 0.8 + prev(p05.innleie)');
    const c = computeScenario(next);
    expect(c.engine.lineError('p05.vikarbruk_netto')).toBeUndefined();
    expect(Array.from(c.engine.values('p05.vikarbruk_netto'))).toEqual(Array.from(before));
    // Undo is the inverse patches: the document as it was.
    expect(applyPatches(next, applyPatches(doc, r.patches).inverse).doc).toEqual(doc);
  });

  it('changes only the label when the slug stays the same, and moves lines placed after it along', () => {
    const start = withLines();
    const { input } = start;
    let { doc } = start;
    const placed = add(doc, { kind: 'input', view: 'rammer', section: 'p05', label: 'Under', unit: '1000 kr', after: customLineKey(input) });
    doc = placed.doc;
    const same = renameLine(doc, input.id, 'VIKARBRUK på Sykehjem', keysOf(doc));
    expect(same?.ok && same.patches).toEqual([{ op: 'set', path: ['lines', { id: input.id }, 'label'], value: 'VIKARBRUK på Sykehjem' }]);
    const r = renameLine(doc, input.id, 'Innleie', keysOf(doc));
    const next = apply(doc, r?.ok ? r.patches : []);
    expect(next.lines.find((l) => l.id === placed.line.id)?.after).toBe('p05.innleie');
  });
});

describe('removing a line', () => {
  it('is refused while a formula reads it, naming where', () => {
    const { doc, input } = withLines();
    const r = removeLine(doc, input.id);
    expect(r?.ok).toBe(false);
    expect(!r?.ok && r?.uses.map((u) => u.label)).toEqual(['Vikarbruk netto']);
  });

  it('removes a line nothing reads; the lines placed after it take its place', () => {
    const start = withLines();
    const { formula } = start;
    let { doc } = start;
    const placed = add(doc, { kind: 'input', view: 'rammer', section: 'p05', label: 'Under', unit: '1000 kr', after: customLineKey(formula) });
    doc = placed.doc;
    const r = removeLine(doc, formula.id);
    expect(r?.ok).toBe(true);
    const next = apply(doc, r?.ok ? r.patches : []);
    expect(next.lines.map((l) => l.id)).not.toContain(formula.id);
    expect(next.lines.find((l) => l.id === placed.line.id)?.after).toBeUndefined();
  });
});

describe('moving a line', () => {
  /** The user lines of P05 in Rammer as shown, and the whole group's keys. */
  const shown = (doc: Scenario) => {
    const rows = buildLines(doc)
      .lines.filter((l) => (l.meta as { view?: string }).view === 'rammer' && (l.meta as { group?: string }).group === 'P05')
      .sort((a, b) => (a.meta as { order: number }).order - (b.meta as { order: number }).order)
      .map((l) => ({ key: l.key, lineId: (l.meta as { custom?: boolean; entity?: { id: string } }).custom ? (l.meta as { entity: { id: string } }).entity.id : undefined }));
    return rows;
  };

  it('swaps a line with the row above or below, past generated lines too, and refuses the top of the group', () => {
    const { doc, input, formula } = withLines();
    const rows = shown(doc);
    const at = (d: Scenario, key: string) => shown(d).findIndex((r) => r.key === key);
    const inKey = customLineKey(input);
    const fKey = customLineKey(formula);
    expect(at(doc, fKey)).toBe(at(doc, inKey) + 1);
    // Down: the formula line goes above the input line.
    const up = apply(doc, moveLine(doc, rows, formula.id, -1)!);
    expect(at(up, fKey)).toBe(at(up, inKey) - 1);
    // Up past a generated line: above the row that was above it.
    const past = apply(doc, moveLine(doc, rows, input.id, -1)!);
    expect(at(past, inKey)).toBe(at(doc, inKey) - 1);
    expect(shown(past).length).toBe(rows.length);
    // The top of the group, and the bottom, stay put.
    expect(moveLine(doc, rows, formula.id, 1)).toBeNull();
    const top = [{ key: inKey, lineId: input.id }, ...rows.filter((r) => r.key !== inKey)];
    expect(moveLine(doc, top, input.id, -1)).toBeNull();
  });
});
