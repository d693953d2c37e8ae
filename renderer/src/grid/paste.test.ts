import { describe, expect, it } from 'vitest';
import { planPaste, type PasteTarget } from './paste';

const keys = ['a.x', 'a.sum', 'b.y', 'b.z'];
const target: PasteTarget = {
  rowKey: (r) => keys[r],
  editable: (r) => r !== 1,
  rowCount: keys.length,
  colCount: 4,
};
const at = (row: number, col: number) => ({ anchor: { row, col }, focus: { row, col } });

describe('planPaste', () => {
  it('places a Norwegian-formatted 2 × 4 block from the focused cell', () => {
    const res = planPaste('391.824\t- 1.100\t39 770\t(735)\r\n−735\t0\t1 234,5\t\r\n', at(2, 0), target);
    expect(res).toEqual({
      ok: true,
      cells: [
        { key: 'b.y', yearIndex: 0, value: 391824 },
        { key: 'b.y', yearIndex: 1, value: -1100 },
        { key: 'b.y', yearIndex: 2, value: 39770 },
        { key: 'b.y', yearIndex: 3, value: -735 },
        { key: 'b.z', yearIndex: 0, value: -735 },
        { key: 'b.z', yearIndex: 1, value: 0 },
        { key: 'b.z', yearIndex: 2, value: 1234.5 },
        { key: 'b.z', yearIndex: 3, value: Number.NaN },
      ],
      area: { top: 2, bottom: 3, left: 0, right: 3 },
    });
  });

  it('refuses a block with text and names the cell', () => {
    const res = planPaste('1\tto\n3\t4', at(2, 0), target);
    expect(res.ok).toBe(false);
    if (!res.ok && res.reason === 'parse') expect(res.errors).toMatchObject([{ row: 1, col: 2, text: 'to' }]);
    else throw new Error('expected a parse error');
  });

  it('refuses a block that covers a computed row or runs outside the grid', () => {
    expect(planPaste('1\n2', at(0, 0), target)).toEqual({ ok: false, reason: 'readonly', row: 1, col: 0 });
    expect(planPaste('1\t2', at(3, 3), target)).toEqual({ ok: false, reason: 'outside', row: 3, col: 4 });
  });

  it('reads each pasted cell in the unit of its row, and refuses one that names an incompatible unit', () => {
    const units: PasteTarget = { ...target, unitOf: (r) => (r === 3 ? 'andel' : '1000 kr') };
    expect(planPaste('12,0 mill.', at(0, 0), units)).toMatchObject({ ok: true, cells: [{ key: 'a.x', value: 12000, read: '12,0 mill.' }] });
    expect(planPaste('0,7 mill.\n0,6 %', at(2, 1), units)).toMatchObject({ ok: true, cells: [{ key: 'b.y', value: 700 }, { key: 'b.z', value: 0.006 }] });
    expect(planPaste('500 kr', at(0, 0), units)).toMatchObject({ ok: true, cells: [{ value: 0.5, read: '500 kr' }] });
    const refused = planPaste('0,6 %', at(0, 0), units);
    expect(refused).toMatchObject({ ok: false, reason: 'parse', errors: [{ code: 'format.percentInAmount', text: '0,6 %' }] });
    expect(planPaste('391.824', at(0, 0), units)).toEqual({ ok: true, cells: [{ key: 'a.x', yearIndex: 0, value: 391824 }], area: { top: 0, bottom: 0, left: 0, right: 0 } });
  });

  it('reads a bare number in a line shown in per cent as percentage points, pasted as typed', () => {
    const rates: PasteTarget = { ...target, unitOf: (r) => (r === 3 ? 'andel' : '1000 kr'), percentOf: (r) => r === 3 };
    expect(planPaste('1,75', at(3, 0), rates)).toMatchObject({ ok: true, cells: [{ key: 'b.z', value: 0.0175 }] });
    expect(planPaste('1,75 %\t17,5 ‰\t0,5', at(3, 0), rates)).toMatchObject({ ok: true, cells: [{ value: 0.0175 }, { value: 0.0175 }, { value: 0.005 }] });
    // An amount is not a rate: refused, naming the cell.
    expect(planPaste('12 mill.', at(3, 0), rates)).toMatchObject({ ok: false, reason: 'parse', errors: [{ code: 'format.amountInPercent' }] });
    expect(planPaste('500 kr', at(3, 0), rates)).toMatchObject({ ok: false, reason: 'parse', errors: [{ code: 'format.amountInPercent' }] });
    // A block over a money row and a rate row reads each in its own way.
    expect(planPaste('1 234\n2,5', at(2, 0), rates)).toMatchObject({ ok: true, cells: [{ key: 'b.y', value: 1234 }, { key: 'b.z', value: 0.025 }] });
  });

  it('fills a selected range with a single copied value', () => {
    const res = planPaste('5', { anchor: { row: 2, col: 1 }, focus: { row: 3, col: 2 } }, target);
    expect(res.ok && res.cells.map((c) => `${c.key}@${c.yearIndex}=${c.value}`)).toEqual(['b.y@1=5', 'b.y@2=5', 'b.z@1=5', 'b.z@2=5']);
  });
});
