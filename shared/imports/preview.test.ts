// The previews say in plain words what an import brings in and what it read past.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeAccounts } from './accounts/preview';
import { parseAccounts } from './accounts/parse';
import { describeKostra } from './kostra/preview';
import { parseKostra } from './kostra/parse';
import { parsePopulation } from './population/parse';
import { describePopulation } from './population/preview';

const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./samples/${name}`, import.meta.url)));
const nbsp = (s: string): string => s.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-');

describe('describePopulation', () => {
  const result = parsePopulation(sample('ssb-14288-drammen-mmmm.csv'));

  it('says what will be imported, in bokmål', () => {
    const lines = describePopulation(result, 'nb', [
      { id: 'young', label: '0–66 år', fromAge: 0, toAge: 66 },
      { id: 'old', label: '67–79 år', fromAge: 67, toAge: 79 },
      { id: 'oldest', label: '80 år og eldre', fromAge: 80, toAge: null },
    ]).map(nbsp);
    expect(lines.slice(0, 4)).toEqual([
      'Befolkningsframskriving for 3005 Drammen, Hovedalternativet (MMMM).',
      'Lest som CSV (utf-8, skilletegn «;»).',
      '106 aldersgrupper fra «0 år» til «105 år eller eldre», 17 år fra 2024 til 2040.',
      'Menn og kvinner er lagt sammen.',
    ]);
    expect(lines[4]).toMatch(/^Folketall i alt: \d{3} \d{3} i 2024 og \d{3} \d{3} i 2040\.$/);
    expect(lines[7]).toMatch(/^80 år og eldre: \d \d{3} i 2024, \d \d{3} i 2040\.$/);
    expect(lines.slice(8)).toEqual(['Hoppet over (1):', 'Linje 1: tittellinje hoppet over: «14288: Framskrevet folkemengde 1. januar, etter region, kjø…»']);
  });

  it('says, in English, that the groups cannot be made when one splits a source group', () => {
    const grouped = parsePopulation('alder;2024\n0-5 år;6000\n6-66 år;70000\n67 år eller eldre;16000\n');
    const lines = describePopulation(grouped, 'en', [{ id: 'x', label: '0–17', fromAge: 0, toAge: 17 }]);
    expect(lines).toContain('The numbers cannot be divided into the scenario’s age groups:');
    expect(lines).toContain('The age group “0–17” splits the file’s group “6-66 år”. Choose limits that follow the file’s groups, or download single years of age.');
  });

  it('lists the errors of a failed import with their lines', () => {
    expect(describePopulation(parsePopulation('alder;2024\n0 år;x\n'), 'nb')).toEqual([
      'Filen kan ikke importeres, og ingenting er endret. Antall feil: 1.',
      'Linje 2, kolonne 2 («2024»): «x» er ikke et tall.',
    ]);
  });
});

describe('describeKostra and describeAccounts', () => {
  it('give the savings potential per service and in total', () => {
    const lines = describeKostra(parseKostra(sample('kostra-pleie-og-omsorg-2020.csv')), 'nb').map(nbsp);
    expect(lines[0]).toBe('Tjenester: 4. «Enhetskostnad Drammen (kr)» sammenlignet med «Enhetskostnad KOSTRA-gruppe 12 (kr)», volum fra «Volum Drammen».');
    expect(lines).toContain('Teoretisk innsparingspotensial i alt: -111 800 000 kr (netto); 91 450 000 kr i tjenestene som er dyrere enn sammenligningen.');
  });

  it('give the deviation per programme area, flag those over the threshold, and say the table reconciles', () => {
    const lines = describeAccounts(parseAccounts(sample('accounts-2023-seed001.csv'), { thresholdPercent: 4 }), 'nb').map(nbsp);
    expect(lines).toContain('P07 Rus og psykisk helse: budsjett 165 862, regnskap 158 430, avvik 7 432 (4,5 %) – over terskelen.');
    expect(lines).toContain('P04 Helse: budsjett 366 207, regnskap 378 956, avvik -12 749 (-3,5 %).');
    expect(lines).toContain('Alle oppgitte avvik og summer stemmer med budsjett og regnskap (innenfor avrunding).');
  });
});
