import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../../shared/model/sample';
import { serializeScenarioFile } from '../../shared/model/file';
import { main } from './main';
import type { CliIo } from './types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DRAMMEN = path.join(root, 'resources/examples/drammen-hop-2024-27.handlingsrom');
const BALANSE = path.join(root, 'resources/examples/balanse-2021.handlingsrom');
const NB = '\u00a0';

/** Runs the CLI in-process; `files` are virtual files by name, anything else is read from disk. */
async function run(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (p) => (p in files ? files[p] : readFileSync(p, 'utf8')),
  };
  const code = await main(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function withSample(edit: (s: ReturnType<typeof sampleScenario>) => void): string {
  const s = sampleScenario();
  edit(s);
  return serializeScenarioFile(s, '0.1.0');
}

describe('compute', () => {
  it('--json gives every line per year and the findings, in the agreed shape', async () => {
    const r = await run(['compute', DRAMMEN, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      scenario: Record<string, unknown>;
      lines: { key: string; label: string; unit: string; values: (number | null)[]; error?: string }[];
      findings: { key: string; year: number; message: string }[];
    };
    expect(Object.keys(json)).toEqual(['scenario', 'lines', 'findings']);
    expect(json.scenario).toEqual({ name: 'Drammen – HØP 2024–27 for P05, P07 og P08', firstYear: 2023, years: 5 });
    for (const l of json.lines) {
      expect(Object.keys(l).filter((k) => k !== 'notApplicable').sort()).toEqual(['key', 'label', 'unit', 'values']);
      expect(l.values).toHaveLength(5);
    }
    const p07 = json.lines.find((l) => l.key === 'p07.konsekvensjustert_ramme');
    expect(p07).toEqual({ key: 'p07.konsekvensjustert_ramme', label: 'Konsekvensjustert ramme', unit: '1000 kr', values: [0, 163190, 162690, 161940, 161940] });
    expect(json.findings.filter((f) => f.key === 'p05.ramme').map((f) => f.year)).toEqual([2025, 2026, 2027]);
    expect(json.findings[0].message).toBe(`p05.nye_tiltak (Nye tiltak og realendringer), 2025: trykt 19${NB}265, beregnet 14${NB}265 (differanse −5${NB}000).`);
  });

  it('--json reports a line that cannot be computed with its error and null values', async () => {
    const file = withSample((s) =>
      s.lines.push({ id: 'x', kind: 'formula', section: 'p05', name: 'andel', label: 'Andel', unit: '', view: 'rammer', formula: 'p05.ramme / plan.brutto_driftsinntekter' }),
    );
    const r = await run(['compute', 'x.handlingsrom', '--json'], { 'x.handlingsrom': file });
    const line = (JSON.parse(r.stdout) as { lines: { key: string; values: unknown[]; error?: string }[] }).lines.find((l) => l.key === 'p05.andel');
    expect(line).toEqual({ key: 'p05.andel', label: 'Andel', unit: '', values: [null, null, null, null], error: 'Deling på null.' });
  });

  it('--json gives a year in which a line does not apply as null with the reason, never the placeholder 0', async () => {
    // Balanse 2021 has no revenue: resultatgrad is not applicable in any year.
    const r = await run(['compute', BALANSE, '--json']);
    const lines = (JSON.parse(r.stdout) as { lines: { key: string; values: (number | null)[]; notApplicable?: (string | null)[] }[] }).lines;
    const grade = lines.find((l) => l.key === 'resultat.resultatgrad')!;
    expect(grade.values.every((v) => v === null)).toBe(true);
    expect(grade.notApplicable).toHaveLength(grade.values.length);
    expect(grade.notApplicable![0]).toContain('Ingen brutto driftsinntekter');
    // A line that applies has no such field; one of the plan example applies every year.
    const drammen = (JSON.parse((await run(['compute', DRAMMEN, '--json'])).stdout) as { lines: { key: string; values: (number | null)[]; notApplicable?: unknown }[] }).lines;
    const dGrade = drammen.find((l) => l.key === 'resultat.resultatgrad')!;
    expect(dGrade.values.slice(1).every((v) => typeof v === 'number')).toBe(true);
    expect(drammen.find((l) => l.key === 'p07.konsekvensjustert_ramme')).not.toHaveProperty('notApplicable');
  });

  it('prints a table per view with nb-NO numbers and the findings', async () => {
    const r = await run(['compute', DRAMMEN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== rammer ==');
    expect(r.stdout).toMatch(new RegExp(`p07\\.konsekvensjustert_ramme +Konsekvensjustert ramme +1000 kr +0 +163${NB}190 +162${NB}690`));
    expect(r.stdout).toMatch(new RegExp(`fond\\.saldo .* 605${NB}693 `));
    expect(r.stdout).toMatch(new RegExp(`resultat\\.resultatgrad_mal .* 1,75${NB}%`));
    expect(r.stdout).toContain('Trykte tall som ikke stemmer med beregningen (11):');
  });

  it('in English on request', async () => {
    const r = await run(['compute', BALANSE, '--lang', 'en']);
    expect(r.stdout).toContain('Total full-year effect of the measures');
    expect(r.stdout).toMatch(/tiltak\.sum_helarseffekt .* 75,000/);
    // Balanse 2021 has no revenue: no resultatgrad (a dash, not 0.0 %); and the text's FTE basis of Stram styring
    // disagrees with its table.
    expect(r.stdout).toMatch(/resultat\.resultatgrad +Net result ratio +andel +– +– +– +–/);
    expect(r.stdout).toContain('Printed figures the computation does not reproduce (1):');
    expect(r.stdout).toContain('gives 21,000, but the table’s full-year effect is 20,000 (difference 1,000)');
  });
});

describe('validate', () => {
  it('accepts the examples', async () => {
    const r = await run(['validate', BALANSE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('er gyldig: «Balanse 2021 – tiltak i P06 Hjemmetjenester og institusjon», 2021–2024');
    expect((await run(['validate', DRAMMEN])).code).toBe(0);
  });

  it('names a schema problem in Norwegian with its place in the file', async () => {
    const file = withSample((s) => ((s.measures[0].effect as unknown as Record<string, unknown>).fullYear = 'tolv'));
    const r = await run(['validate', 'x.handlingsrom'], { 'x.handlingsrom': file });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('x.handlingsrom er ikke en gyldig scenariofil:\n  scenario.tiltak[1 «Tildelingspraksis»].effekt.helårseffekt: må være et tall');
  });

  it('says so for text that is not JSON, a missing file and a file from a newer version', async () => {
    const notJson = await run(['validate', 'x'], { x: 'not json' });
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/dokumentet: Filen er ikke gyldig JSON/);
    const missing = await run(['validate', path.join(root, 'finnes-ikke.handlingsrom')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Kan ikke lese .*finnes-ikke\.handlingsrom: filen finnes ikke/);
    const newer = await run(['validate', 'n'], { n: JSON.stringify({ format: 'handlingsrom', version: 99, appVersion: '7.0.0', scenario: {} }) });
    expect(newer.code).toBe(1);
    expect(newer.stderr).toContain('Filen er laget av en nyere versjon av Handlingsrom (filformat 99, programversjon 7.0.0)');
  });

  it('refuses a formula that does not compile and a same-year cycle, naming the line', async () => {
    const bad = withSample((s) =>
      s.lines.push({ id: 'x', kind: 'formula', section: 'p05', name: 'feil', label: 'Feil', unit: '', view: 'rammer', formula: 'p05.ramme +* 2' }),
    );
    const r = await run(['validate', 'bad'], { bad });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('bad kan ikke beregnes:\n  Linjen p05.feil (Feil): Det mangler et tall, et navn eller et uttrykk ved tegn 12.');

    const cycle = withSample((s) => {
      s.lines.push({ id: 'a', kind: 'formula', section: 'p05', name: 'a', label: 'A', unit: '', view: 'rammer', formula: 'p05.b + 1' });
      s.lines.push({ id: 'b', kind: 'formula', section: 'p05', name: 'b', label: 'B', unit: '', view: 'rammer', formula: 'p05.a + 1' });
    });
    const c = await run(['validate', 'cycle'], { cycle });
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/Linjen p05\.a \(A\): Sirkulær referanse: /);
  });

  it('a division by zero in some year is a warning, not an error', async () => {
    const file = withSample((s) =>
      s.lines.push({ id: 'x', kind: 'formula', section: 'p05', name: 'andel', label: 'Andel', unit: '', view: 'rammer', formula: 'p05.ramme / (year - 2025)' }),
    );
    const r = await run(['validate', 'x'], { x: file });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Advarsler:\n  Linjen p05.andel (Andel), 2025: Deling på null.');
  });

  it('refuses a user line that clashes with a generated line', async () => {
    const file = withSample((s) => s.lines.push({ id: 'x', kind: 'input', section: 'p05', name: 'ramme', label: 'R', unit: '', view: 'rammer', values: [] }));
    const r = await run(['validate', 'x'], { x: file });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Linjen «p05.ramme» finnes allerede; den andre linjen med samme nøkkel er utelatt.');
  });
});

describe('explain', () => {
  it('shows the derivation tree with formulas and values', async () => {
    const r = await run(['explain', DRAMMEN, 'p07.ramme', '2024']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`p07.ramme – Ramme, 2024: 162${NB}849`);
    expect(lines[1]).toBe('  formel: p07.konsekvensjustert_ramme + p07.nye_tiltak');
    expect(lines).toContain(`  p07.konsekvensjustert_ramme – Konsekvensjustert ramme, 2024: 163${NB}190`);
    expect(lines).toContain(`    p07.opprinnelig_budsjett – Opprinnelig budsjett, 2024: 158${NB}788  inndata`);
    expect(lines).toContain('    formel: sumtag("p07.post") + (p07.tiltak + p07.demografi) * scenario.med_endringer');
  });

  it('follows prev() to the year before and marks values before the first plan year', async () => {
    const r = await run(['explain', DRAMMEN, 'fond.saldo', '2024', '--depth', '2']);
    expect(r.stdout).toContain(`  fond.inngaende_saldo – Saldo disposisjonsfond 1.1., 2024: 605${NB}693`);
    expect(r.stdout).toContain(`    fond.saldo – Saldo disposisjonsfond 31.12., 2023: 605${NB}693`);
  });

  it('suggests a key for a misspelt one, and checks the year', async () => {
    const r = await run(['explain', DRAMMEN, 'p07.rame', '2024']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Det finnes ingen linje «p07.rame» i scenarioet. Mente du «p07.ramme»?');
    const outside = await run(['explain', DRAMMEN, 'p07.ramme', '2030']);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toBe('Året 2030 er utenfor planperioden 2023–2027.');
    const notYear = await run(['explain', DRAMMEN, 'p07.ramme', 'i fjor']);
    expect(notYear.code).toBe(2);
  });
});

describe('usage', () => {
  it('exit 2 with the command list for no command, an unknown command, wrong arguments or options', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('compute <fil> [--json]');
    const unknown = await run(['nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Ukjent kommando «nope».');
    expect((await run(['compute'])).code).toBe(2);
    expect((await run(['explain', DRAMMEN, 'p07.ramme'])).code).toBe(2);
    const option = await run(['compute', DRAMMEN, '--csv']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^Feil argumenter: /);
    expect((await run(['compute', DRAMMEN, '--lang', 'de'])).code).toBe(2);
  });

  it('--help lists the commands and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/validate <fil> +kontrollerer en scenariofil/);
  });
});

describe('as a program', () => {
  it('runs with tsx and sets the exit code', async () => {
    const exec = promisify(execFile);
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const ok = await exec(tsx, ['scripts/cli.ts', 'compute', BALANSE, '--json'], { cwd: root });
    const json = JSON.parse(ok.stdout) as { lines: { key: string; values: number[] }[] };
    expect(json.lines.find((l) => l.key === 'tiltak.sum_innsparing')?.values[0]).toBe(31000);
    await expect(exec(tsx, ['scripts/cli.ts', 'validate', 'finnes-ikke.handlingsrom'], { cwd: root })).rejects.toMatchObject({ code: 1 });
  }, 90_000); // two tsx start-ups; slow on a busy machine
});
