import { describe, expect, it } from 'vitest';
import { keyProblem } from '../engine/keys';
import { isValidId } from './ids';
import { sampleScenario } from './sample';
import { idsIn, newSlugId, slugId, slugOf } from './slug';

describe('ids from names', () => {
  it('fold Norwegian letters as Norwegian spelling does without them (æøå → ae, o, aa) and cut at whole words', () => {
    expect(slugOf('Vikarbruk på sykehjem')).toBe('vikarbruk_paa_sykehjem');
    expect(slugOf('Omsorgsboliger med heldøgns bemanning, utgifter per bolig')).toBe('omsorgsboliger_med_heldogns_bemanning');
    expect(slugOf('Blå Kors – Ærfuglvåg')).toBe('blaa_kors_aerfuglvaag');
    expect(slugOf('Søknadsbehandling, Økonomi')).toBe('soknadsbehandling_okonomi');
    expect(slugOf('Café Ç')).toBe('cafe_c');
    expect(slugOf('Enhetskostnadforenkommunesomharetsværtlangtnavnutenmellomrom')).toBe('enhetskostnadforenkommunesomharetsvaertl');
  });

  it('start with a letter, are never a formula word, and are null when the name has nothing to make one of', () => {
    expect(slugOf('2 Barnehage')).toBe('t_2_barnehage');
    expect(slugOf('In')).toBe('in_');
    expect(slugOf('År')).toBe('aar');
    expect(slugOf('— … —')).toBeNull();
    expect(slugOf('')).toBeNull();
    for (const name of ['and', 'Year', 'NOT', '1', 'x y z', 'ÆØÅ']) {
      const s = slugOf(name)!;
      expect(isValidId(s) && keyProblem(s) === null, `${name} → ${s}`).toBe(true);
    }
  });

  it('are unique within a comparison and valid ids', () => {
    const taken = new Set<string>(['sykehjem']);
    const ids = [slugId('Sykehjem', taken, 'tjeneste'), slugId('Sykehjem', taken, 'tjeneste'), slugId('???', taken, 'tjeneste'), slugId('???', taken, 'tjeneste')];
    expect(ids).toEqual(['sykehjem_2', 'sykehjem_3', 'tjeneste', 'tjeneste_2']);
    expect(ids.every(isValidId)).toBe(true);
  });

  it('are unique within the whole scenario, whichever list holds an id', () => {
    const doc = sampleScenario();
    const ids = idsIn(doc);
    expect(ids.has(doc.id)).toBe(true);
    for (const m of doc.measures) expect(ids.has(m.id)).toBe(true);
    for (const a of doc.areas) for (const item of a.items) expect(ids.has(item.id)).toBe(true);
    // The service `sykehjem` takes the slug from a new measure of that name.
    expect(newSlugId(doc, 'Sykehjem', 'tiltak')).toBe('sykehjem_2');
    expect(newSlugId(doc, 'Nytt tiltak i P05', 'tiltak')).toBe('nytt_tiltak_i_p05');
    expect(idsIn(doc).has('nytt_tiltak_i_p05')).toBe(false);
  });
});
