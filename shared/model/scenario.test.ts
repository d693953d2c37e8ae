import { describe, expect, it } from 'vitest';
import { blankScenario } from './blank';
import { describeIssues, describeModelIssues } from './issues';
import { parseScenario } from './file';
import { sampleScenario } from './sample';
import { scenarioSchema, type Scenario } from './scenario';

/** The readable lines for a document, in Norwegian (or English). */
function problems(doc: unknown, lang: 'nb' | 'en' = 'nb'): string[] {
  const r = parseScenario(doc);
  if (r.ok) return [];
  return describeModelIssues(r.issues, lang, r.input);
}

function edit(f: (s: Record<string, unknown> & Scenario) => void): unknown {
  const s = structuredClone(sampleScenario()) as Record<string, unknown> & Scenario;
  f(s);
  return s;
}

describe('scenario schema', () => {
  it('accepts a blank scenario and a sample with every kind of entity', () => {
    expect(problems(blankScenario({ name: 'Ny', firstYear: 2025 }))).toEqual([]);
    expect(problems(sampleScenario())).toEqual([]);
  });

  it('survives a JSON round trip unchanged', () => {
    const s = sampleScenario();
    const r = parseScenario(JSON.parse(JSON.stringify(s)));
    expect(r.ok && r.value).toEqual(s);
  });

  it('names the place and the problem of a wrong type', () => {
    const doc = edit((s) => ((s.measures[0].effect as unknown as Record<string, unknown>).fullYear = 'tolv'));
    expect(problems(doc)).toEqual(['tiltak[1 «Tildelingspraksis»].effekt.helårseffekt: må være et tall']);
    expect(problems(doc, 'en')).toEqual(['measures[1 «Tildelingspraksis»].effect.full-year effect: must be a number']);
  });

  it('reports missing fields as missing', () => {
    const doc = edit((s) => delete (s as Partial<Scenario>).firstYear);
    expect(problems(doc)).toEqual(['første år: mangler']);
  });

  it('refuses unknown keys everywhere, also __proto__ and constructor', () => {
    const json = JSON.stringify(sampleScenario()).replace('"name":"Test"', '"name":"Test","__proto__":{"polluted":true},"constructor":1');
    const doc = JSON.parse(json);
    expect(problems(doc)).toEqual(['dokumentet: har ukjente felt: «__proto__», «constructor»']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = edit((s) => ((s.areas[0].frame as unknown as Record<string, unknown>).extra = 1));
    expect(problems(nested)).toEqual(['programområder[1 «Mennesker med nedsatt funksjonsevne»].ramme: har ukjente felt: «extra»']);
  });

  it('bounds the horizon, texts, formulas, numbers and series', () => {
    expect(problems(edit((s) => (s.years = 0)))).toEqual(['antall år: kan ikke være mindre enn 1']);
    expect(problems(edit((s) => (s.years = 61)))).toEqual(['antall år: kan ikke være større enn 60']);
    expect(problems(edit((s) => (s.years = 2.5)))).toEqual(['antall år: må være et helt tall']);
    expect(problems(edit((s) => (s.description = 'x'.repeat(10_001))))).toEqual(['beskrivelse: er for lang (høyst 10\u00a0000 tegn)']);
    expect(problems(edit((s) => (s.plan.extraDividend = [2e15])))).toEqual(['plan.ekstra utbytte[1]: kan ikke være større enn 1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000']);
    expect(problems(edit((s) => (s.plan.extraDividend = new Array(61).fill(1))))).toEqual(['plan.ekstra utbytte: har for mange elementer (høyst 60)']);
    expect(problems(edit((s) => (s.measures[0].probability = 1.5)))).toEqual(['tiltak[1 «Tildelingspraksis»].sannsynlighet: kan ikke være større enn 1']);
    expect(problems(edit((s) => (s.name = '   ')))).toEqual(['navn: kan ikke være tom']);
    const formula = edit((s) =>
      s.lines.push({ id: 'l', kind: 'formula', section: 'resultat', name: 'x', label: 'X', unit: '', view: 'oversikt', formula: '1+'.repeat(2001) + '1' }),
    );
    expect(problems(formula)).toEqual(['egne linjer[1 «X»].formel: er for lang (høyst 4\u00a0000 tegn)']);
  });

  it('refuses numbers that are not finite', () => {
    const s = sampleScenario();
    s.plan.extraDividend = [Infinity];
    expect(problems(s)).toEqual(['plan.ekstra utbytte[1]: må være et endelig tall']);
  });

  it('explains a wrong kind of a tagged union', () => {
    const doc = edit((s) => ((s.measures[0].effect as unknown as Record<string, unknown>).mode = 'gjetning'));
    expect(problems(doc)).toEqual(['tiltak[1 «Tildelingspraksis»].effekt.beregningsmåte: ukjent type; gyldige typer er «phasein», «explicit», «fte»']);
  });

  it('lists the allowed values of an enumeration', () => {
    const doc = edit((s) => ((s.measures[0] as unknown as Record<string, unknown>).status = 'kanskje'));
    expect(problems(doc)).toEqual(['tiltak[1 «Tildelingspraksis»].status: må være en av: «forslag», «vedtatt», «iverksatt», «forkastet»']);
    expect(problems(edit((s) => ((s as unknown as Record<string, unknown>).unit = 'kr')))).toEqual(['enhet: må være «1000 kr»']);
  });

  it('checks ids, codes and references across the document', () => {
    expect(problems(edit((s) => (s.measures[0].id = 'Tiltak 1')))[0]).toMatch(/^tiltak\[1 «Tildelingspraksis»\]\.id: må være en id av små bokstaver/);
    expect(problems(edit((s) => s.measures.push({ ...s.measures[0] })))).toEqual(['tiltak[2 «Tildelingspraksis»].id: id-en «m1» er brukt mer enn én gang']);
    expect(problems(edit((s) => (s.measures[0].areaId = 'p99')))).toEqual([
      'tiltak[1 «Tildelingspraksis»].programområde: viser til et programområde som ikke finnes («p99»)',
    ]);
    expect(problems(edit((s) => (s.areas[0].code = 'Fond')))).toEqual([
      'programområder[1 «Mennesker med nedsatt funksjonsevne»].kode: koden «Fond» er reservert av programmet',
    ]);
    expect(problems(edit((s) => (s.areas[0].code = 'P 05')))[0]).toMatch(/kode: må være en kode som P05/);
    expect(problems(edit((s) => (s.demography.services[0].coverage = { barn: 0.1 })))).toEqual([
      'demografi.tjenester[1 «Sykehjem»].dekningsgrad.barn: viser til en aldersgruppe som ikke finnes («barn»)',
    ]);
    expect(problems(edit((s) => (s.demography.baseYear = 2030)))).toEqual(['demografi.basisår: året 2030 er utenfor planperioden 2024–2027']);
    expect(problems(edit((s) => (s.demography.services[0].costGrowthId = 'lonn')))).toEqual([
      'demografi.tjenester[1 «Sykehjem»].kostnadsvekst: viser til en forutsetning som ikke finnes («lonn»)',
    ]);
  });

  it('refuses a user line with the key of another user line, or a reserved section', () => {
    const line = { id: 'a', kind: 'input' as const, section: 'p05', name: 'vikar', label: 'Vikar', unit: '1000 kr', view: 'rammer' as const, values: [] };
    expect(problems(edit((s) => s.lines.push(line, { ...line, id: 'b' })))).toEqual(['egne linjer[2 «Vikar»].navn: linjen «p05.vikar» finnes allerede']);
    expect(problems(edit((s) => s.lines.push({ ...line, section: 'and' })))[0]).toMatch(/seksjon: må være et navn/);
  });

  it('describes a zod error directly, too', () => {
    const r = scenarioSchema.safeParse({});
    expect(r.success).toBe(false);
    if (!r.success) expect(describeIssues(r.error)).toContain('id: mangler');
  });
});

describe('coverage rates (a record keyed by age group id)', () => {
  it('refuses a key that is not an id, with the reason, and a __proto__ key', () => {
    const withCoverage = (json: string) => JSON.parse(JSON.stringify(sampleScenario()).replace('"coverage":{"eldre":0.1}', `"coverage":${json}`));
    expect(problems(withCoverage('{"__proto__":1,"eldre":0.1}'))).toEqual(['demografi.tjenester[1 «Sykehjem»].dekningsgrad: har ukjente felt: «__proto__»']);
    expect(problems(withCoverage('{"Barn":0.1,"eldre":0.1}'))).toEqual([
      'demografi.tjenester[1 «Sykehjem»].dekningsgrad.Barn: må være en id av små bokstaver a–z, sifre og _, som begynner med en bokstav (høyst 64 tegn)',
    ]);
  });

  it('describes at most 50 issues one by one', () => {
    const doc = edit((s) => (s.plan.extraDividend = new Array(60).fill('x') as unknown as number[]));
    const lines = problems(doc);
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe('… og 10 problemer til.');
  });
});
