import { describe, expect, it } from 'vitest';
import type { LineSpec } from '../engine';
import { LineTable, lineTable } from './lineTable';
import { edited, smallScenario } from './testing';

const line = (key: string, view: string, order: number): LineSpec => ({ key, input: [0], meta: { view, order } });

describe('LineTable', () => {
  const lines = [line('t1', 'tiltak', 10), line('o1', 'oversikt', 20), line('r1', 'rammer', 10), line('o0', 'oversikt', 10), line('x', 'egen', 5), line('r2', 'rammer', 20), line('o2', 'oversikt', 20)];

  it('puts the lines in display order: by view, then order number, then the order given', () => {
    const order = new LineTable(lines).displayOrder();
    expect(order.keys).toEqual(['o0', 'o1', 'o2', 'r1', 'r2', 't1', 'x']);
    expect(Array.from(order.sorted).map((p) => lines[p].key)).toEqual(order.keys);
  });

  it('takes the display order of a table with the same keys, views and order numbers, and sorts one that differs', () => {
    const first = new LineTable(lines);
    const copy = new LineTable(lines.map((l) => ({ ...l })));
    expect(copy.displayOrder([first])).toBe(first.displayOrder());
    const moved = new LineTable(lines.map((l) => (l.key === 'o2' ? line('o2', 'oversikt', 15) : l)));
    expect(moved.displayOrder([first]).keys).toEqual(['o0', 'o2', 'o1', 'r1', 'r2', 't1', 'x']);
  });

  it('finds a line near where it is looked for, else anywhere, and says when there is none', () => {
    const many = Array.from({ length: 100 }, (_, i) => line(`k${i}`, 'oversikt', i));
    const t = new LineTable(many);
    expect(t.find('k50', 45)).toBe(50);
    expect(t.find('k99', 0)).toBe(99);
    expect(t.find('nothing', 10)).toBeUndefined();
    // Walking a table that lacks k3 and has k200 in its place.
    const other = many.filter((l) => l.key !== 'k3').map((l) => l.key);
    other.splice(60, 0, 'k200');
    const match = t.matcher();
    const found = other.map((k, i) => match(k, i));
    expect(found.slice(0, 5)).toEqual([0, 1, 2, 4, 5]);
    expect(found[60]).toBeUndefined();
    expect(found[61]).toBe(61);
    expect(found[other.length - 1]).toBe(99);
  });

  it('is made once per document', () => {
    const doc = smallScenario();
    expect(lineTable(doc)).toBe(lineTable(doc));
    expect(lineTable(structuredClone(doc))).not.toBe(lineTable(doc));
    expect(lineTable(doc).sameKeys(lineTable(structuredClone(doc)))).toBe(true);
    expect(lineTable(doc).sameKeys(lineTable(edited(doc, [{ op: 'remove', path: ['measures', { id: 'm2' }] }])))).toBe(false);
  });
});
