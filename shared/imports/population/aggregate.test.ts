import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateAges, type AgeTable, type TargetAgeGroup } from './aggregate';

const group = (id: string, fromAge: number, toAge: number | null): TargetAgeGroup => ({ id, label: id, fromAge, toAge });

/** Single ages 0–105+ over two years: age a has 1000 + a persons in the first year, 2000 + a in the second. */
const singles: AgeTable = {
  years: [2024, 2025],
  ages: Array.from({ length: 106 }, (_, a) => ({ fromAge: a, toAge: a === 105 ? null : a, label: a === 105 ? '105 år eller eldre' : `${a} år` })),
  values: Array.from({ length: 106 }, (_, a) => [1000 + a, 2000 + a]),
};

const sumAges = (from: number, to: number, year: 0 | 1): number => {
  let s = 0;
  for (let a = from; a <= to; a++) s += (year === 0 ? 1000 : 2000) + a;
  return s;
};

const grouped: AgeTable = {
  years: [2024],
  ages: [
    { fromAge: 0, toAge: 5, label: '0-5 år' },
    { fromAge: 6, toAge: 66, label: '6-66 år' },
    { fromAge: 67, toAge: 79, label: '67-79 år' },
    { fromAge: 80, toAge: 89, label: '80-89 år' },
    { fromAge: 90, toAge: null, label: '90 år eller eldre' },
  ],
  values: [[6000], [70000], [12000], [3800], [1000]],
};

describe('aggregateAges', () => {
  it('sums single ages into the scenario groups, in the order given', () => {
    const r = aggregateAges(singles, [group('80+', 80, null), group('0-5', 0, 5), group('6-79', 6, 79)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.years).toEqual([2024, 2025]);
    expect(r.groups.map((g) => g.id)).toEqual(['80+', '0-5', '6-79']);
    expect(r.values).toEqual([
      [sumAges(80, 105, 0), sumAges(80, 105, 1)],
      [sumAges(0, 5, 0), sumAges(0, 5, 1)],
      [sumAges(6, 79, 0), sumAges(6, 79, 1)],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('combines whole source groups', () => {
    const r = aggregateAges(grouped, [group('0-66', 0, 66), group('67+', 67, null)]);
    expect(r).toMatchObject({ ok: true, values: [[76000], [16800]] });
  });

  it('refuses a group that splits a source group, naming both', () => {
    expect(aggregateAges(grouped, [group('0-66', 0, 66), group('67-84', 67, 84), group('85+', 85, null)])).toEqual({
      ok: false,
      errors: [
        { line: 0, code: 'imports.aggregate.splitsSource', params: { group: '67-84', source: '80-89 år' } },
        { line: 0, code: 'imports.aggregate.splitsSource', params: { group: '85+', source: '80-89 år' } },
      ],
    });
  });

  it('refuses ages the file has no numbers for', () => {
    const young = { ...grouped, ages: grouped.ages.slice(0, 2), values: grouped.values.slice(0, 2) };
    expect(aggregateAges(young, [group('0-66', 0, 66), group('67+', 67, null)])).toEqual({
      ok: false,
      errors: [{ line: 0, code: 'imports.aggregate.notCovered', params: { group: '67+', ages: '67+ år' } }],
    });
    expect(aggregateAges(grouped, [group('0-120', 0, 120)])).toMatchObject({
      ok: false,
      errors: [{ code: 'imports.aggregate.splitsSource', params: { group: '0-120', source: '90 år eller eldre' } }],
    });
  });

  it('refuses a group with a single age missing inside it', () => {
    const holed = { ...singles, ages: singles.ages.filter((a) => a.fromAge !== 50), values: singles.values.filter((_, a) => a !== 50) };
    expect(aggregateAges(holed, [group('0-66', 0, 66), group('67+', 67, null)])).toEqual({
      ok: false,
      errors: [{ line: 0, code: 'imports.aggregate.notCovered', params: { group: '0-66', ages: '50 år' } }],
    });
  });

  it('refuses invalid and overlapping groups', () => {
    expect(aggregateAges(singles, [group('x', 10, 5)])).toMatchObject({ ok: false, errors: [{ code: 'imports.aggregate.invalidGroup' }] });
    expect(aggregateAges(singles, [group('a', 0, 10), group('b', 10, 20)])).toMatchObject({
      ok: false,
      errors: [{ code: 'imports.aggregate.overlap', params: { a: 'a', b: 'b' } }],
    });
  });

  it('warns about ages no group takes in, and about a file that stops before an open group ends', () => {
    const r = aggregateAges(singles, [group('6-15', 6, 15), group('67-79', 67, 79)]);
    expect(r).toMatchObject({ ok: true, warnings: [{ code: 'imports.aggregate.leftOut', params: { ages: '0–5 år, 16–66 år, 80+ år' } }] });
    const closed = { ...singles, ages: singles.ages.slice(0, 101), values: singles.values.slice(0, 101) };
    expect(aggregateAges(closed, [group('0-89', 0, 89), group('90+', 90, null)])).toMatchObject({
      ok: true,
      warnings: [{ code: 'imports.aggregate.openEndTruncated', params: { group: '90+', age: 100 } }],
    });
  });

  it('keeps the total population whatever the partition into groups (property)', () => {
    const total = [sumAges(0, 105, 0), sumAges(0, 105, 1)];
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 105 }), { maxLength: 20 }), (cuts) => {
        const bounds = [0, ...[...cuts].sort((a, b) => a - b)];
        const groups = bounds.map((from, i) => group(`g${i}`, from, i + 1 < bounds.length ? bounds[i + 1] - 1 : null));
        const r = aggregateAges(singles, groups);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect([0, 1].map((y) => r.values.reduce((s, row) => s + row[y], 0))).toEqual(total);
        groups.forEach((g, i) => expect(r.values[i][0]).toBe(sumAges(g.fromAge, g.toAge ?? 105, 0)));
      }),
    );
  });
});
