// The property of the xlsx export: for random formula lines over random inputs (blanks included), the workbook
// recalculated from scratch by an independent engine (HyperFormula; LibreOffice in e2e/excelRoundtrip) equals the
// engine cell by cell: every construct of the formula language, blanks read as 0, comparisons within the
// engine's tolerance, literals with all their digits, growth indexes and large tag sums through Mellomregning.
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../shared/domain';
import { validateScenario } from '../service/validate';
import { exportedWorkbook, randomFormulaScenario, sheetsOf } from './testing';

/** Four scenarios of 60 random formula lines each (an export costs more per scenario than per line). */
const SEEDS = [1, 2, 3, 4];

describe('xlsx export, property', () => {
  it('recomputes random formula lines over random inputs to the engine’s values in HyperFormula', async () => {
    let compared = 0;
    let errors = 0;
    for (const seed of SEEDS) {
      const scenario = randomFormulaScenario(seed, { formulas: 60 });
      validateScenario(scenario, 'nb');
      const c = computeScenario(scenario);
      const { wb, stats } = await exportedWorkbook(scenario);
      expect(stats.valueOnly, `seed ${seed}`).toBe(0);
      // HyperFormula's own tolerance (1e-13 in comparisons and sums) off: Excel and LibreOffice compare (almost) exactly.
      const hf = HyperFormula.buildFromSheets(sheetsOf(wb), { licenseKey: 'gpl-v3', precisionEpsilon: 0 });
      wb.eachSheet((ws) => {
        if (ws.getRow(1).getCell(2).value !== 'Nøkkel') return;
        const sheet = hf.getSheetId(ws.name)!;
        ws.eachRow((row, r) => {
          const key = String(row.getCell(2).value);
          if (r === 1 || !key.startsWith('x.f')) return;
          for (let y = 0; y < scenario.years; y++) {
            const ours = c.engine.value(key, y);
            const theirs = hf.getCellValue({ sheet, row: r - 1, col: 3 + y });
            const label = `seed ${seed} ${key} ${y}: ${c.engine.formulaText(key)} → ${row.getCell(4 + y).formula} = ${JSON.stringify(theirs)}, engine ${ours}`;
            if (!Number.isFinite(ours)) {
              expect(typeof theirs, label).not.toBe('number');
              errors++;
              continue;
            }
            const v = theirs === null ? 0 : theirs;
            expect(typeof v, label).toBe('number');
            expect(Math.abs((v as number) - ours), label).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ours)));
            compared++;
          }
        });
      });
      hf.destroy();
    }
    expect(compared).toBeGreaterThan(SEEDS.length * 30);
    expect(errors).toBeGreaterThan(0);
  }, 120_000);
});
