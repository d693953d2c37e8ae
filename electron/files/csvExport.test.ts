import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../shared/domain';
import { sampleScenario } from '../service/testing';
import { exportCsv, viewCsv } from './csvExport';

describe('CSV export of a view', () => {
  it('leaves a year in which a line does not apply empty, never the placeholder 0, and says why in a last column', () => {
    const s = sampleScenario();
    const years = Array.from({ length: s.years }, (_, i) => s.firstYear + i);
    // No revenue in the first year: resultatgrad has no value there.
    s.plan.grossOperatingRevenue = s.plan.grossOperatingRevenue.map((v, i) => (i === 0 ? 0 : v));
    const rows = viewCsv(s, 'oversikt').slice(1).split('\r\n');
    expect(rows[0].split(';').at(-1)).toBe('Merknad');
    const grade = rows.find((r) => r.split(';')[1] === 'resultat.resultatgrad')!.split(';');
    expect(grade[3]).toBe('');
    expect(grade[4]).not.toBe('');
    expect(grade.at(-1)).toBe(`${years[0]}: Ingen brutto driftsinntekter dette året, så andelen kan ikke regnes ut. Legg inn brutto driftsinntekter under Forutsetninger.`);
    // A view without such a year has no note column.
    expect(viewCsv(s, 'rammer').split('\r\n')[0]).not.toContain('Merknad');
  });

  it('writes ; separated rows with decimal commas, a BOM for Excel, and escapes text that Excel would run', () => {
    const s = sampleScenario();
    s.lines.push({ id: 'l_inj', section: 'p05', name: 'inj', label: '@SUM(1+1)', unit: '1000 kr', view: 'rammer', kind: 'input', values: [-1234.5, 0.1, null, 7] });
    s.lines.push({ id: 'l_inj2', section: 'p05', name: 'inj2', label: '=HYPERLINK("http://x";"klikk")', unit: '+A1', view: 'rammer', kind: 'input', values: [] });
    const csv = viewCsv(s, 'rammer');
    expect(csv.startsWith('\uFEFFLinje;Nøkkel;Enhet;2024;2025;2026;2027\r\n')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    const row = (key: string) => rows.find((r) => r.includes(`;${key};`))!;
    expect(row('p05.inj')).toBe("'@SUM(1+1);p05.inj;1000 kr;-1234,5;0,1;0;7");
    expect(row('p05.vikarbruk')).toBe('Vikarbruk;p05.vikarbruk;1000 kr;12000;11000;0;9000');
    // Every text cell starting with = + - @ is prefixed with a quote, so Excel shows it as text.
    for (const r of rows.filter(Boolean)) {
      for (const cell of r.split(';')) expect(cell).not.toMatch(/^"?[=+@]/);
    }
    // The numbers are the engine's.
    const c = computeScenario(s);
    const ramme = row('p05.ramme').split(';').slice(3).map((v) => Number(v.replace(',', '.')));
    expect(ramme).toEqual(Array.from(c.engine.values('p05.ramme')));
    // A cell holding the separator or a quote is quoted as well as escaped.
    expect(row('p05.inj2')).toBe(`"'=HYPERLINK(""http://x"";""klikk"")";p05.inj2;'+A1;0;0;0;0`);
  });

  it('names the file after the scenario and the view, and leaves error cells empty', () => {
    const s = sampleScenario('Plan: 2024/27');
    s.lines.push({ id: 'l_div', section: 'resultat', name: 'deling', label: 'Deling', unit: '1000 kr', view: 'oversikt', kind: 'formula', formula: '1 / (year - 2025)' });
    const file = exportCsv(s, 'oversikt', 'en');
    expect(file).toMatchObject({ fileName: 'Plan_ 2024_27 - Overview.csv', mime: 'text/csv; charset=utf-8', encoding: 'utf8' });
    const line = file.content.split('\r\n').find((r) => r.split(';')[1] === 'resultat.deling')!;
    expect(line).toBe('Deling;resultat.deling;1000 kr;-1;;1;0,5');
    expect(file.content.split('\r\n')[0]).toBe('\uFEFFLine;Key;Unit;2024;2025;2026;2027');
  });
});
