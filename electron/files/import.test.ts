// Import refuses every bad file with a message and leaves the database exactly as it was; a good file always
// becomes a new scenario.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tCode } from '../../shared/i18n';
import { FILE_VERSION } from '../../shared/model';
import { createService, type LocalService as Service } from '../service/service';
import { fingerprint, sampleScenario, tempDirs } from '../service/testing';
import { exportHandlingsrom } from './handlingsromFile';

const tmp = tempDirs('hr-imp-');
let svc: Service;
let good: string;
type Json = Record<string, unknown>;

beforeAll(async () => {
  svc = createService({ dataDir: tmp.make(), shell: 'web', seedExample: false });
  good = exportHandlingsrom(sampleScenario('Importert')).content;
  // A database with content: two scenarios, edits, a deleted one.
  const a = await svc.call('scenario.import', { fileName: 'a.handlingsrom', content: good });
  if (!a.ok) throw new Error(JSON.stringify(a.error));
  const id = (a.value as { id: string }).id;
  await svc.call('scenario.edit', { id, baseRevision: 0, label: 'x', patches: [{ op: 'set', path: ['description'], value: 'endret' }] });
  const b = await svc.call('scenario.create', { from: 'blank' });
  if (b.ok) await svc.call('scenario.delete', { id: (b.value as { id: string }).id });
});
afterAll(() => {
  svc.close();
  tmp.cleanup();
});

/** The good file with `change` applied to its parsed form. */
function variant(change: (file: Json & { scenario: Json & { lines: Json[]; measures: Json[] } }) => void): string {
  const file = JSON.parse(good);
  change(file);
  return JSON.stringify(file, null, 2);
}

function withFormula(formula: string, extra: Json[] = []): string {
  return variant((f) => {
    f.scenario.lines.push({ id: 'l_x', section: 'resultat', name: 'x', label: 'X', unit: '1000 kr', view: 'oversikt', kind: 'formula', formula }, ...extra);
  });
}

const BAD: [string, () => string, string][] = [
  ['an empty file', () => '', 'file.empty'],
  ['only whitespace', () => '  \n\t ', 'file.empty'],
  ['truncated in the middle', () => good.slice(0, Math.floor(good.length / 2)), 'file.truncated'],
  ['truncated at the end', () => good.trimEnd().slice(0, -1), 'file.truncated'],
  ['plain text', () => 'Dette er ikke et scenario', 'file.json.char'],
  ['garbage after the JSON', () => `${good}\n{}`, 'file.json.trailing'],
  ['NaN as a literal', () => good.replace('"opening": 843729', '"opening": NaN'), 'file.json.nonFinite'],
  ['Infinity as a literal', () => good.replace('"opening": 843729', '"opening": Infinity'), 'file.json.nonFinite'],
  ['-Infinity as a literal', () => good.replace('"opening": 843729', '"opening": -Infinity'), 'file.json.nonFinite'],
  ['NaN as a string', () => variant((f) => ((f.scenario.fund as Json).opening = 'NaN')), 'file.invalid'],
  ['Infinity as a string in a series', () => variant((f) => ((f.scenario.plan as Json).extraDividend = ['Infinity', 1, 2, 3])), 'file.invalid'],
  ['1e308', () => good.replace('"opening": 843729', '"opening": 1e308'), 'file.badNumber'],
  ['1e400 (Infinity once parsed)', () => good.replace('"opening": 843729', '"opening": 1e400'), 'file.badNumber'],
  ['a number beyond ±1e15', () => good.replace('"opening": 843729', '"opening": -2e15'), 'file.badNumber'],
  ['a __proto__ key', () => good.replace('"fund": {', '"fund": { "__proto__": { "polluted": true },'), 'file.forbiddenKey'],
  ['a constructor key', () => good.replace('"fund": {', '"fund": { "constructor": { "prototype": 1 },'), 'file.forbiddenKey'],
  ['a prototype key', () => good.replace('"scenario": {', '"scenario": { "prototype": 1,'), 'file.forbiddenKey'],
  ['no format', () => variant((f) => delete f.format), 'file.notHandlingsrom'],
  ['another format', () => variant((f) => (f.format = 'excel')), 'file.notHandlingsrom'],
  ['a JSON array', () => '[1, 2, 3]', 'file.notHandlingsrom'],
  ['JSON null', () => 'null', 'file.notHandlingsrom'],
  ['a newer file format', () => variant((f) => ((f.version = FILE_VERSION + 1), (f.appVersion = '9.0.0'))), 'file.newerVersion'],
  ['version 0', () => variant((f) => (f.version = 0)), 'file.unknownVersion'],
  ['version as text', () => variant((f) => (f.version = '1')), 'file.unknownVersion'],
  ['a fractional version', () => variant((f) => (f.version = 1.5)), 'file.unknownVersion'],
  ['no version', () => variant((f) => delete f.version), 'file.unknownVersion'],
  ['no scenario', () => variant((f) => delete (f as Json).scenario), 'file.invalid'],
  ['a missing name', () => variant((f) => delete f.scenario.name), 'file.invalid'],
  ['years as text', () => variant((f) => (f.scenario.years = '4')), 'file.invalid'],
  ['measures not a list', () => variant((f) => ((f.scenario as Json).measures = { a: 1 })), 'file.invalid'],
  ['an unknown field', () => variant((f) => (f.scenario.hemmelig = true)), 'file.invalid'],
  ['a probability above 1', () => variant((f) => (f.scenario.measures[0].probability = 1.5)), 'file.invalid'],
  ['a duplicate measure id', () => variant((f) => f.scenario.measures.push({ ...f.scenario.measures[0] })), 'file.invalid'],
  ['a measure in an unknown area', () => variant((f) => (f.scenario.measures[0].areaId = 'p99')), 'file.invalid'],
  ['too many measures', () => variant((f) => (f.scenario.measures = Array.from({ length: 10_001 }, (_, i) => ({ ...f.scenario.measures[0], id: `m${i}` })))), 'file.invalid'],
  ['a formula calling import', () => withFormula('import("fs")'), 'file.formulaError'],
  ['a formula calling createUnit', () => withFormula('createUnit("krone")'), 'file.formulaError'],
  ['a formula calling evaluate', () => withFormula('evaluate("1 + 1")'), 'file.formulaError'],
  ['a formula with an assignment', () => withFormula('p05.ramme = 0'), 'file.formulaError'],
  ['a formula defining a function', () => withFormula('f(x) = x'), 'file.formulaError'],
  ['a formula that does not parse', () => withFormula('p05.ramme +'), 'file.formulaError'],
  ['a formula naming an unknown line', () => withFormula('p05.rame * 2'), 'file.formulaError'],
  [
    'a same-year cycle',
    () => withFormula('resultat.y + 1', [{ id: 'l_y', section: 'resultat', name: 'y', label: 'Y', unit: '1000 kr', view: 'oversikt', kind: 'formula', formula: 'resultat.x * 2' }]),
    'file.formulaError',
  ],
  ['a 60 MB file', () => good.replace('"description": "Til testene"', `"description": "${'x'.repeat(60_000_000)}"`), 'file.tooLarge'],
  ['deep nesting', () => `{"format": "handlingsrom", "version": 1, "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'file.tooDeep'],
  ['nesting just past the limit', () => good.replace('"notes"', '"notes"').replace('"fund": {', `"fund": { "n": ${'{"a":'.repeat(70)}1${'}'.repeat(70)},`), 'file.tooDeep'],
  ['a text of 200 000 characters', () => good.replace('"description": "Til testene"', `"description": "${'x'.repeat(200_000)}"`), 'file.textTooLong'],
  ['a bad escape in a string', () => good.replace('"Til testene"', '"Til \\x testene"'), 'file.json.string'],
  ['a control character in a string', () => good.replace('"Til testene"', '"Til \u0007 testene"'), 'file.json.string'],
  ['binary garbage', () => String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)), 'file.json.char'],
  ['a name of blanks', () => variant((f) => (f.scenario.name = '   ')), 'file.invalid'],
  ['zero years', () => variant((f) => (f.scenario.years = 0)), 'file.invalid'],
];

describe('import refuses bad files and changes nothing', () => {
  it(`has at least 30 kinds of bad file (${BAD.length})`, () => {
    expect(BAD.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BAD)('refuses %s', async (_what, make, code) => {
    const before = fingerprint(svc.db);
    const res = await svc.call('scenario.import', { fileName: 'bad.handlingsrom', content: make() });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe(code);
    for (const lang of ['nb', 'en'] as const) {
      const text = tCode(lang, res.error.code, res.error.params);
      expect(text).not.toBe(res.error.code);
      expect(text, text).not.toMatch(/\{\w+\}/);
    }
    expect(fingerprint(svc.db)).toEqual(before);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('says in words what is wrong', async () => {
    const msg = async (content: string) => {
      const res = await svc.call('scenario.import', { fileName: 'x', content });
      if (res.ok) throw new Error('accepted');
      return tCode('nb', res.error.code, res.error.params);
    };
    expect(await msg(variant((f) => ((f.version = FILE_VERSION + 1), (f.appVersion = '9.0.0'))))).toMatch(/laget med en nyere versjon av Handlingsrom \(9\.0\.0/);
    expect(await msg(good.slice(0, 100))).toMatch(/avkortet/);
    expect(await msg(good.replace('"opening": 843729', '"opening": NaN'))).toMatch(/NaN.*linje \d+, kolonne \d+/);
    expect(await msg(good.replace('"description": "Til testene"', `"description": "${'x'.repeat(60_000_000)}"`))).toMatch(/for stor \(61 MB\).*50 MB/);
    expect(await msg(withFormula('import("fs")'))).toMatch(/resultat\.x.*import/);
    expect(await msg(variant((f) => delete f.scenario.name)))
      .toMatch(/gyldig scenario/);
  });
});

describe('import of a good file', () => {
  it('creates a new scenario every time, never overwriting one, and a name clash gets " (2)"', async () => {
    const before = (await svc.call('scenario.list', {})) as { ok: true; value: { id: string; name: string }[] };
    const r1 = await svc.call('scenario.import', { fileName: 'a.handlingsrom', content: good });
    const r2 = await svc.call('scenario.import', { fileName: 'a.handlingsrom', content: `\uFEFF${good}` });
    if (!r1.ok || !r2.ok) throw new Error('refused');
    const a = r1.value as { id: string; name: string };
    const b = r2.value as { id: string; name: string };
    expect(a.name).toBe('Importert (2)');
    expect(b.name).toBe('Importert (3)');
    const ids = new Set([...before.value.map((s) => s.id), a.id, b.id]);
    expect(ids.size).toBe(before.value.length + 2);
    const opened = await svc.call('scenario.open', { id: a.id });
    if (!opened.ok) throw new Error('open');
    const doc = (opened.value as { scenario: Json }).scenario;
    expect(doc.id).toBe(a.id);
    expect({ ...doc, id: 'x', name: 'x' }).toEqual({ ...JSON.parse(good).scenario, id: 'x', name: 'x' });
  });
});
