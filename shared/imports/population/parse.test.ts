import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePopulation } from './parse';
import type { PopulationImport, PopulationResult } from './types';

const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../samples/${name}`, import.meta.url)));
const utf8Sample = sample('ssb-14288-drammen-mmmm.csv');
const sampleText = new TextDecoder().decode(utf8Sample.subarray(3)); // without the byte order mark

function expectOk(result: PopulationResult): PopulationImport {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result;
}

/**
 * The sample read the naive way, to check the importer against: split on ';', strip quotes, add the sexes.
 * Returns population by age label, one number per year column.
 */
function naive(text: string): Map<string, number[]> {
  const lines = text.split(/\r?\n/).filter((l) => l.startsWith('"3005'));
  const byAge = new Map<string, number[]>();
  for (const line of lines) {
    const [, , age, ...values] = line.split(';').map((c) => c.replace(/"/g, ''));
    const sum = byAge.get(age) ?? values.map(() => 0);
    byAge.set(age, sum.map((v, i) => v + Number(values[i])));
  }
  return byAge;
}

describe('parsePopulation: the 14288 sample (3005 Drammen, MMMM, single ages 0–105+, both sexes, 2024–2040)', () => {
  const result = expectOk(parsePopulation(utf8Sample));

  it('reads region, alternative, years, ages and how sexes were combined', () => {
    expect(result.region).toEqual({ code: '3005', name: 'Drammen' });
    expect(result.alternative).toEqual({ code: 'MMMM', label: 'Hovedalternativet (MMMM)' });
    expect(result.years).toEqual(Array.from({ length: 17 }, (_, i) => 2024 + i));
    expect(result.ages).toHaveLength(106);
    expect(result.ages[0]).toEqual({ fromAge: 0, toAge: 0, label: '0 år' });
    expect(result.ages[105]).toEqual({ fromAge: 105, toAge: null, label: '105 år eller eldre' });
    expect(result.sexes).toBe('summed');
    expect(result.source).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
      title: '14288: Framskrevet folkemengde 1. januar, etter region, kjønn, alder, statistikkvariabel og år',
    });
  });

  it('adds men and women for every age and year, as a naive reading of the file does', () => {
    const expected = naive(sampleText);
    expect(expected.size).toBe(106);
    result.ages.forEach((age, a) => expect(result.values[a], age.label).toEqual(expected.get(age.label)));
  });

  it('reports the title line as skipped, and nothing else', () => {
    expect(result.skipped).toEqual([{ line: 1, text: result.source.title, reason: 'imports.skip.title' }]);
    expect(result.warnings).toEqual([]);
  });

  it('reads the windows-1252 twin to the same numbers and labels', () => {
    const twin = expectOk(parsePopulation(sample('ssb-14288-drammen-mmmm-windows1252.csv')));
    expect(twin.source.encoding).toBe('windows-1252');
    expect(twin.source.title).toBe(result.source.title);
    expect(twin.ages).toEqual(result.ages);
    expect(twin.values).toEqual(result.values);
  });

  it('reads the same table without byte order mark, without title line, with commas, or as a string', () => {
    const withoutTitle = sampleText.split(/\r?\n/).slice(2).join('\r\n');
    const variants = [
      utf8Sample.subarray(3),
      new TextEncoder().encode(withoutTitle),
      sampleText.replace(/;/g, ','),
      sampleText.replace(/"/g, '').replace(/\r\n/g, '\n'),
    ];
    for (const input of variants) {
      const r = expectOk(parsePopulation(input));
      expect(r.values).toEqual(result.values);
      expect(r.years).toEqual(result.years);
    }
  });

  it('reads the long layout with a year column and a column per alternative', () => {
    const lines = ['region;kjønn;alder;år;Hovedalternativet (MMMM)'];
    for (const line of sampleText.split(/\r?\n/).filter((l) => l.startsWith('"3005'))) {
      const [region, sex, age, ...values] = line.split(';');
      values.forEach((v, i) => lines.push([region, sex, age, String(2024 + i), v].join(';')));
    }
    const r = expectOk(parsePopulation(lines.join('\n')));
    expect(r.alternative?.code).toBe('MMMM');
    expect(r.values).toEqual(result.values);
  });
});

describe('parsePopulation: JSON-stat 2.0 sample (2 alternatives, 2024–2030)', () => {
  const json = sample('ssb-14288-drammen.jsonstat2.json');

  it('asks which alternative to import, listing both', () => {
    const r = parsePopulation(json);
    expect(r).toMatchObject({ ok: false, errors: [{ code: 'imports.ssb.chooseAlternative', params: { count: 2 } }] });
    expect(!r.ok && r.options?.alternatives.map((a) => a.code)).toEqual(['MMMM', 'LLML']);
    expect(!r.ok && r.options?.regions).toEqual([{ code: '3005', name: 'Drammen' }]);
  });

  it('gives the same main alternative as the CSV sample, for its years', () => {
    const csv = expectOk(parsePopulation(utf8Sample));
    const r = expectOk(parsePopulation(json, { alternative: 'MMMM' }));
    expect(r.source).toMatchObject({ format: 'json-stat2', encoding: 'utf-8' });
    expect(r.region).toEqual({ code: '3005', name: 'Drammen' });
    expect(r.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(r.ages).toEqual(csv.ages);
    expect(r.values).toEqual(csv.values.map((row) => row.slice(0, 7)));
  });

  it('selects the low alternative by its label as well as by its code', () => {
    const byCode = expectOk(parsePopulation(json, { alternative: 'llml' }));
    const byLabel = expectOk(parsePopulation(json, { alternative: 'Lav nasjonal vekst (LLML)' }));
    const main = expectOk(parsePopulation(json, { alternative: 'MMMM' }));
    expect(byCode.alternative?.code).toBe('LLML');
    expect(byLabel.values).toEqual(byCode.values);
    const total = (r: PopulationImport, y: number) => r.values.reduce((s, row) => s + row[y], 0);
    expect(total(byCode, 6)).toBeLessThan(total(main, 6));
  });

  it('names a missing value of a sparse dataset by its categories and SSB symbol', () => {
    const doc = {
      version: '2.0',
      class: 'dataset',
      id: ['Kjonn', 'Alder', 'Tid'],
      size: [1, 2, 1],
      dimension: {
        Kjonn: { label: 'kjønn', category: { index: ['0'], label: { '0': 'Begge kjønn' } } },
        Alder: { label: 'alder', category: { index: { '000': 0, '001': 1 }, label: { '000': '0 år', '001': '1 år' } } },
        Tid: { label: 'år', category: { index: { '2024': 0 } } },
      },
      value: { '0': 1000 } as Record<string, number>,
      status: { '1': '..' },
    };
    expect(parsePopulation(JSON.stringify(doc, null, 1))).toMatchObject({
      ok: false,
      errors: [{ code: 'imports.json.missingValue', params: { what: 'Begge kjønn, 1 år, 2024', symbol: '..' } }],
    });
    doc.value = { '0': 1000, '1': 990 };
    expect(expectOk(parsePopulation(JSON.stringify(doc))).values).toEqual([[1000], [990]]);
  });

  it('refuses a dimension it does not know when it has several categories', () => {
    const doc = {
      version: '2.0',
      class: 'dataset',
      id: ['Alder', 'Landbakgrunn', 'Tid'],
      size: [1, 2, 1],
      dimension: {
        Alder: { label: 'alder', category: { index: ['000'], label: { '000': '0 år' } } },
        Landbakgrunn: { label: 'landbakgrunn', category: { index: ['a', 'b'] } },
        Tid: { label: 'år', category: { index: ['2024'] } },
      },
      value: [1, 2],
    };
    expect(parsePopulation(JSON.stringify(doc))).toMatchObject({
      ok: false,
      errors: [{ code: 'imports.json.unknownDimension', params: { name: 'landbakgrunn' } }],
    });
  });
});

describe('parsePopulation: sexes, regions, alternatives and age groups', () => {
  const header = '"region";"kjønn";"alder";"Folkemengde 2024";"Folkemengde 2025"';

  it('uses the total when the file gives "Begge kjønn", and warns that the sexes were not used', () => {
    const text = [header, '"3005 Drammen";"Begge kjønn";"0 år";1000;1010', '"3005 Drammen";"Menn";"0 år";500;505', '"3005 Drammen";"Kvinner";"0 år";500;506'].join('\n');
    const r = expectOk(parsePopulation(text));
    expect(r.sexes).toBe('total');
    expect(r.values).toEqual([[1000, 1010]]);
    expect(r.alternative).toEqual({ code: null, label: 'Folkemengde' });
    expect(r.warnings.map((w) => w.code)).toEqual(['imports.ssb.totalMismatch', 'imports.ssb.sexesIgnored']);
    expect(r.warnings[0]).toMatchObject({ line: 2, params: { age: '0 år', year: 2025, total: 1010, sum: 1011 } });
  });

  it('reads a file without a sex or region column as it is', () => {
    const r = expectOk(parsePopulation('alder;2024;2025\n0-5 år;6000;6100\n6-15 år;12000;12100\n'));
    expect(r.sexes).toBe('none');
    expect(r.region).toBeNull();
    expect(r.alternative).toBeNull();
    expect(r.ages.map((a) => [a.fromAge, a.toAge])).toEqual([
      [0, 5],
      [6, 15],
    ]);
  });

  it('reads age groups and an open-ended oldest group, and skips a total of all ages', () => {
    const text = [
      header,
      '"3005 Drammen";"Begge kjønn";"0-66 år";80000;80100',
      '"3005 Drammen";"Begge kjønn";"67-79 år";12000;12400',
      '"3005 Drammen";"Begge kjønn";"80-89 år";3800;3950',
      '"3005 Drammen";"Begge kjønn";"90 år eller eldre";1000;1040',
      '"3005 Drammen";"Begge kjønn";"Alle aldre";96800;97490',
    ].join('\n');
    const r = expectOk(parsePopulation(text));
    expect(r.ages.map((a) => a.label)).toEqual(['0-66 år', '67-79 år', '80-89 år', '90 år eller eldre']);
    expect(r.ages[3].toAge).toBeNull();
    expect(r.skipped).toEqual([{ line: 6, column: 3, text: 'Alle aldre', reason: 'imports.skip.totalAge' }]);
  });

  it('refuses single ages mixed with groups that contain them', () => {
    const text = [header, '"3005 Drammen";"Begge kjønn";"80 år";500;510', '"3005 Drammen";"Begge kjønn";"80-89 år";3800;3950'].join('\n');
    expect(parsePopulation(text)).toMatchObject({
      ok: false,
      errors: [{ line: 3, column: 4, code: 'imports.ssb.ageOverlap', params: { a: '80 år', b: '80-89 år' } }],
    });
  });

  it('asks for a region when the file has several, and reads the one chosen by number or name', () => {
    const text = [header, '"3005 Drammen";"Begge kjønn";"0 år";1000;1010', '"0301 Oslo";"Begge kjønn";"0 år";7000;7010'].join('\n');
    const r = parsePopulation(text);
    expect(r).toMatchObject({ ok: false, errors: [{ line: 0, code: 'imports.ssb.chooseRegion', params: { count: 2, list: '3005 Drammen, 0301 Oslo' } }] });
    expect(expectOk(parsePopulation(text, { region: '0301' })).values).toEqual([[7000, 7010]]);
    expect(expectOk(parsePopulation(text, { region: 'drammen' })).values).toEqual([[1000, 1010]]);
    expect(parsePopulation(text, { region: 'Bergen' })).toMatchObject({ ok: false, errors: [{ code: 'imports.ssb.unknownRegion' }] });
  });

  it('asks for an alternative when wide headers name several, and reads only the chosen columns', () => {
    const text = [
      'region;kjønn;alder;Hovedalternativet (MMMM) 2024;Hovedalternativet (MMMM) 2025;Lav nasjonal vekst (LLML) 2024;Lav nasjonal vekst (LLML) 2025',
      '3005 Drammen;Begge kjønn;0 år;1000;1010;1000;990',
    ].join('\n');
    expect(parsePopulation(text)).toMatchObject({ ok: false, errors: [{ code: 'imports.ssb.chooseAlternative' }] });
    expect(expectOk(parsePopulation(text, { alternative: 'LLML' })).values).toEqual([[1000, 990]]);
  });

  it('reads the API csv2 layout: a statistic column, a year column and one value column', () => {
    const text = [
      '"region","kjønn","alder","statistikkvariabel","år","14288: Framskrevet folkemengde"',
      '"3005 Drammen","Menn","0 år","Hovedalternativet (MMMM)","2024",561',
      '"3005 Drammen","Kvinner","0 år","Hovedalternativet (MMMM)","2024",512',
      '"3005 Drammen","Menn","0 år","Lav nasjonal vekst (LLML)","2024",540',
      '"3005 Drammen","Kvinner","0 år","Lav nasjonal vekst (LLML)","2024",500',
    ].join('\r\n');
    const r = expectOk(parsePopulation(text, { alternative: 'MMMM' }));
    expect(r.values).toEqual([[1073]]);
    expect(r.options.alternatives.map((a) => a.code)).toEqual(['MMMM', 'LLML']);
  });

  it('reads a blank region or sex cell as the one above, as in a table copied from the web page', () => {
    const text = [header, '3005 Drammen;Menn;0 år;500;505', ';;1 år;490;500', ';Kvinner;0 år;480;490', ';;1 år;470;480'].join('\n');
    expect(expectOk(parsePopulation(text)).values).toEqual([
      [980, 995],
      [960, 980],
    ]);
  });

  it('refuses a number given twice for the same age, sex and year', () => {
    const text = [header, '3005 Drammen;Begge kjønn;0 år;1000;1010', '3005 Drammen;Begge kjønn;0 år;1000;1010'].join('\n');
    expect(parsePopulation(text)).toMatchObject({
      ok: false,
      errors: [
        { line: 3, column: 4, code: 'imports.ssb.duplicate', params: { what: 'Begge kjønn, 0 år', first: 2, year: 2024 } },
        { line: 3, column: 5, code: 'imports.ssb.duplicate', params: { what: 'Begge kjønn, 0 år', first: 2, year: 2025 } },
      ],
    });
  });

  it('names the missing sex when one sex lacks a number the other has', () => {
    const text = [header, '3005 Drammen;Menn;0 år;500;505', '3005 Drammen;Kvinner;0 år;500;506', '3005 Drammen;Menn;1 år;500;505'].join('\n');
    expect(parsePopulation(text)).toMatchObject({
      ok: false,
      errors: [
        { line: 0, code: 'imports.ssb.missingSexValue', params: { sex: 'Kvinner', age: '1 år', year: 2024 } },
        { line: 0, code: 'imports.ssb.missingSexValue', params: { sex: 'Kvinner', age: '1 år', year: 2025 } },
      ],
    });
  });
});
