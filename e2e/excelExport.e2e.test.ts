// The xlsx export recomputed by LibreOffice Calc (headless, one start for the whole batch, a full recalculation
// forced after load): random formula lines over random inputs (blanks included), the Drammen example and the
// test scenario must equal the engine cell by cell. LibreOffice is the spreadsheet that found the export's
// mistakes (MIN/MAX skipping a blank reached through IF, exact comparisons, literals cut at 20 decimals).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../shared/domain';
import type { Scenario } from '../shared/model';
import { defaultExamplesDir } from '../electron/service/examples';
import { sampleScenario } from '../electron/service/testing';
import { readScenarioFile } from '../electron/files/readScenarioFile';
import { randomFormulaScenario } from '../electron/files/testing';
import { exportXlsx } from '../electron/files/xlsxExport';
import { root } from './harness';

export type LoCell = { v: number } | { s: string } | { e: number } | null;
export type LoBook = Record<string, LoCell[][]>;

/** Runs e2e/libreoffice/calc.py with Debian's Python (python3-uno) once for all files. */
export function recalcInLibreOffice(files: string[]): Record<string, LoBook> {
  const out = path.join(path.dirname(files[0]), 'recalc.json');
  execFileSync('/usr/bin/python3', [path.join(root, 'e2e/libreoffice/calc.py'), 'recalc', out, ...files], { timeout: 240_000, stdio: 'inherit' });
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, LoBook>;
}

function example(): Scenario {
  const file = fs.readdirSync(defaultExamplesDir()).find((f) => f.endsWith('.handlingsrom'))!;
  const r = readScenarioFile(fs.readFileSync(path.join(defaultExamplesDir(), file), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.scenario;
}

describe('xlsx export in LibreOffice Calc', () => {
  it('recalculates random formula lines, the example and the test scenario to the engine’s values', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-lo-export-'));
    const scenarios: Scenario[] = [...[1, 2, 3, 4].map((seed) => randomFormulaScenario(seed, { formulas: 60 })), example(), sampleScenario()];
    const files = await Promise.all(
      scenarios.map(async (s, i) => {
        const file = path.join(dir, `${i}.xlsx`);
        fs.writeFileSync(file, Buffer.from((await exportXlsx(s)).content, 'base64'));
        return file;
      }),
    );
    const books = recalcInLibreOffice(files);
    let compared = 0;
    let errors = 0;
    scenarios.forEach((scenario, i) => {
      const c = computeScenario(scenario);
      const formulaLines = new Set(c.lines.filter((l) => !l.input).map((l) => l.key));
      for (const [sheet, rows] of Object.entries(books[files[i]])) {
        if (rows[0]?.[1] === null || (rows[0]?.[1] as { s?: string })?.s !== 'Nøkkel') continue;
        rows.forEach((row, r) => {
          const key = (row[1] as { s?: string } | null)?.s;
          if (r === 0 || key === undefined || !formulaLines.has(key)) return;
          for (let y = 0; y < scenario.years; y++) {
            const ours = c.engine.value(key, y);
            const theirs = row[3 + y] ?? { v: 0 };
            const label = `${scenario.name} ${sheet} ${key} ${scenario.firstYear + y}: ${c.engine.formulaText(key)} → ${JSON.stringify(theirs)}, engine ${ours}`;
            if (!Number.isFinite(ours)) {
              expect('e' in theirs, label).toBe(true);
              errors++;
              continue;
            }
            expect('v' in theirs, label).toBe(true);
            const v = (theirs as { v: number }).v;
            expect(Math.abs(v - ours), label).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ours)));
            compared++;
          }
        });
      }
    });
    expect(compared).toBeGreaterThan(1000);
    expect(errors).toBeGreaterThan(0);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});
