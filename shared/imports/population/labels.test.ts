import { describe, expect, it } from 'vitest';
import { dimensionOf, parseAgeLabel, parseRegion, parseSex, parseStatistic, splitYearHeader } from './labels';

describe('parseAgeLabel', () => {
  it.each([
    ['0 år', 0, 0],
    ['17 år', 17, 17],
    ['000', 0, 0],
    ['0-5 år', 0, 5],
    ['80–89 år', 80, 89],
    ['6 - 15', 6, 15],
    ['F00-04', 0, 4],
    ['90 år eller eldre', 90, null],
    ['100 år eller eldre', 100, null],
    ['105 år eller eldre', 105, null],
    ['105+', 105, null],
    ['90+ år', 90, null],
    ['80 years and over', 80, null],
    ['under 1 år', 0, 0],
  ])('%s', (text, fromAge, toAge) => {
    expect(parseAgeLabel(text)).toEqual({ kind: 'age', fromAge, toAge });
  });

  it('knows totals and refuses what is not an age', () => {
    expect(parseAgeLabel('Alle aldre')).toEqual({ kind: 'total' });
    expect(parseAgeLabel('I alt')).toEqual({ kind: 'total' });
    for (const text of ['nyfødte', '', '5-2 år', '200 år', 'år', '1,5 år']) expect(parseAgeLabel(text), text).toBeNull();
  });
});

describe('dimension labels', () => {
  it('reads sexes in bokmål and English', () => {
    expect(['Menn', 'Kvinner', 'Begge kjønn', 'Males', 'Females', 'Both sexes', 'x'].map(parseSex)).toEqual([
      'men',
      'women',
      'total',
      'men',
      'women',
      'total',
      null,
    ]);
  });

  it('splits a region into number and name', () => {
    expect(parseRegion('3005 Drammen')).toEqual({ code: '3005', name: 'Drammen' });
    expect(parseRegion('K-3005 Drammen')).toEqual({ code: '3005', name: 'Drammen' });
    expect(parseRegion('0301 Oslo - Oslove')).toEqual({ code: '0301', name: 'Oslo - Oslove' });
    expect(parseRegion('Drammen')).toEqual({ code: null, name: 'Drammen' });
  });

  it('finds the four letters of a projection alternative', () => {
    expect(parseStatistic('Hovedalternativet (MMMM)')).toEqual({ code: 'MMMM', label: 'Hovedalternativet (MMMM)' });
    expect(parseStatistic('Ingen nettoinnvandring (MMM0)').code).toBe('MMM0');
    expect(parseStatistic('Folkemengde').code).toBeNull();
  });

  it('splits a wide header into statistic and year', () => {
    expect(splitYearHeader('Hovedalternativet (MMMM) 2024')).toEqual({ rest: 'Hovedalternativet (MMMM)', year: 2024 });
    expect(splitYearHeader('Folkemengde 2040')).toEqual({ rest: 'Folkemengde', year: 2040 });
    expect(splitYearHeader('2031')).toEqual({ rest: '', year: 2031 });
    expect(splitYearHeader('alder')).toBeNull();
  });

  it('names dimension columns by their header', () => {
    expect(['region', 'kjønn', 'Kjonn', 'alder', 'år', 'Tid', 'statistikkvariabel', 'ContentsCode', 'verdi'].map(dimensionOf)).toEqual([
      'region',
      'sex',
      'sex',
      'age',
      'year',
      'year',
      'statistic',
      'statistic',
      null,
    ]);
  });
});
