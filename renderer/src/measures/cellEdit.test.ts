import { describe, expect, it } from 'vitest';
import { tCode } from '../../../shared/i18n';
import { blankMeasure } from '../../../shared/measures/edits';
import { blankScenario } from '../../../shared/model/blank';
import type { Measure } from '../../../shared/model/measure';
import { measureCellEdit } from './cellEdit';
import { whyNoInput } from './columns';

const doc = blankScenario({ id: 's', name: 'S', firstYear: 2025 });
doc.areas.push({ id: 'p05', code: 'P05', name: 'Helse', frame: { originalBudget: [], previousDecisions: [], currentYearChanges: [], wageAndPriceGrowth: [] }, items: [] });
const phasein = blankMeasure(doc, 'Turnus', 'p05');
const fte: Measure = { ...phasein, id: 'vikar', effect: { mode: 'fte', fte: 10, costPerFte: 700, startYear: 2025, startMonth: 6 } };
const path = (m: Measure, ...rest: string[]) => ['measures', { id: m.id }, ...rest];

describe('typing into the measures table', () => {
  it('reads amounts in 1000 kr and the probability in per cent', () => {
    expect(measureCellEdit(doc, phasein, 'fullYear', '12,0 mill.', 'nb')).toEqual({
      ok: true,
      patches: [{ op: 'set', path: path(phasein, 'effect', 'fullYear'), value: 12000 }],
      read: { text: '12,0 mill.', value: '12\u00a0000' },
    });
    expect(measureCellEdit(doc, phasein, 'probability', '60', 'nb')).toEqual({ ok: true, patches: [{ op: 'set', path: path(phasein, 'probability'), value: 0.6 }] });
    // "60 %" in the per-cent column is 60 %, not 6 000 % (it was refused as out of range before it went through readInput).
    expect(measureCellEdit(doc, phasein, 'probability', '60 %', 'nb')).toMatchObject({ ok: true, patches: [{ value: 0.6 }] });
    expect(measureCellEdit(doc, phasein, 'probability', 100, 'nb')).toEqual({ ok: true, patches: [] });
  });

  it('refuses what cannot be, with a message in Norwegian, and changes nothing', () => {
    for (const [col, text, code] of [
      ['startMonth', '13', 'measuresUi.badMonth'],
      ['fullYear', '-5', 'measuresUi.negative'],
      ['fullYear', 'ti', 'format.notANumber'],
      ['fullYear', '0,6 %', 'format.percentInAmount.field'],
      ['probability', '1,5 mill.', 'format.amountInPercent.field'],
      ['name', '  ', 'measuresUi.nameRequired'],
      ['areaId', 'p99', 'measuresUi.unknownArea'],
    ]) {
      const r = measureCellEdit(doc, phasein, col, text, 'nb');
      expect(r, col).toMatchObject({ ok: false, code });
      if (!r.ok) expect(tCode('nb', r.code, r.params)).not.toBe(r.code);
    }
  });

  it('edits FTEs where they drive the effect, and says why the full-year effect then takes no input', () => {
    expect(measureCellEdit(doc, fte, 'fte', '12,5', 'nb')).toEqual({ ok: true, patches: [{ op: 'set', path: path(fte, 'effect', 'fte'), value: 12.5 }] });
    expect(measureCellEdit(doc, fte, 'fullYear', '9000', 'nb')).toEqual({ ok: true, patches: [] });
    expect(whyNoInput(fte, 'fullYear')).toBe('measuresUi.why.fullYearFromFte');
    expect(whyNoInput(phasein, 'fte')).toBe('measuresUi.why.fteNotUsed');
    const withBasis = { ...phasein, fteBasis: { fte: 30, costPerFte: 700 } };
    expect(whyNoInput(withBasis, 'fte')).toBeNull();
    expect(measureCellEdit(doc, withBasis, 'fte', '31', 'nb')).toEqual({ ok: true, patches: [{ op: 'set', path: path(withBasis, 'fteBasis', 'fte'), value: 31 }] });
  });

  it('switches what drives the effect and clears a note', () => {
    const r = measureCellEdit(doc, fte, 'mode', 'phasein', 'nb');
    expect(r.ok && r.patches[0]).toEqual({ op: 'set', path: path(fte, 'effect'), value: { mode: 'phasein', fullYear: 7000, startYear: 2025, startMonth: 6 } });
    const noted = { ...phasein, notes: 'Fra seed 003' };
    expect(measureCellEdit(doc, noted, 'notes', '', 'nb')).toEqual({ ok: true, patches: [{ op: 'remove', path: path(noted, 'notes') }] });
    expect(whyNoInput({ ...phasein, status: 'forkastet' }, 'included')).toBe('measuresUi.why.excluded');
  });
});
