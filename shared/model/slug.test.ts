import { describe, expect, it } from 'vitest';
import { isValidId } from './ids';
import { slugId, slugOf } from './slug';

describe('ids from names', () => {
  it('fold Norwegian letters and cut at whole words', () => {
    expect(slugOf('Omsorgsboliger med heldøgns bemanning, utgifter per bolig')).toBe('omsorgsboliger_med_heldogns_bemanning');
    expect(slugOf('Blå Kors – Ærfuglvåg')).toBe('bla_kors_aerfuglvag');
    expect(slugOf('Ç')).toBe('c');
    expect(slugOf('Enhetskostnadforenkommunesomharetsværtlangtnavnutenmellomrom')).toBe('enhetskostnadforenkommunesomharetsvaertl');
  });

  it('start with a letter, and are null when the name has nothing to make one of', () => {
    expect(slugOf('2 Barnehage')).toBe('t_2_barnehage');
    expect(slugOf('— … —')).toBeNull();
    expect(slugOf('')).toBeNull();
  });

  it('are unique within a comparison and valid ids', () => {
    const taken = new Set<string>(['sykehjem']);
    const ids = [slugId('Sykehjem', taken, 'tjeneste'), slugId('Sykehjem', taken, 'tjeneste'), slugId('???', taken, 'tjeneste'), slugId('???', taken, 'tjeneste')];
    expect(ids).toEqual(['sykehjem_2', 'sykehjem_3', 'tjeneste', 'tjeneste_2']);
    expect(ids.every(isValidId)).toBe(true);
  });
});
