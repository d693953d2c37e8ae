import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index';
import { readInput } from './readInput';

describe('readInput', () => {
  it('reads into the target unit and keeps the text when it named a unit', () => {
    expect(readInput('12,0 mill.', { unit: '1000 kr' })).toEqual({ ok: true, value: 12000, read: '12,0 mill.' });
    expect(readInput(' 1,5 mill. ', { unit: '1000 kr', field: true })).toEqual({ ok: true, value: 1500, read: '1,5 mill.' });
    expect(readInput('391.824', { unit: '1000 kr' })).toEqual({ ok: true, value: 391824 });
    expect(readInput('', { unit: '1000 kr' })).toEqual({ ok: true, value: null });
    expect(readInput('1.5', { unit: '1000 kr' }, 'en')).toEqual({ ok: true, value: 1.5 });
  });

  it('reads a bare number in a target shown in per cent as percentage points, stored as a ratio', () => {
    expect(readInput('1,75', { unit: 'andel', percent: true })).toEqual({ ok: true, value: 0.0175 });
    expect(readInput('60 %', { unit: 'andel', percent: true })).toEqual({ ok: true, value: 0.6, read: '60 %' });
    expect(readInput('17,5 ‰', { percent: true })).toMatchObject({ ok: true, value: 0.0175 });
  });

  it('refuses an incompatible unit, saying what the text is and what the target takes', () => {
    const money = readInput('0,6 %', { unit: '1000 kr' });
    expect(money.ok).toBe(false);
    if (!money.ok) expect(t('nb', money.error.code, money.error.params)).toBe('«0,6 %» er en prosent; linjen er i 1000 kr.');
    const field = readInput('0,6 %', { unit: '1000 kr', field: true });
    if (!field.ok) expect(t('nb', field.error.code, field.error.params)).toBe('«0,6 %» er en prosent; feltet er i 1000 kr.');
    else throw new Error('expected a refusal');
    const rate = readInput('1,5 mill.', { unit: 'andel', percent: true, field: true });
    if (!rate.ok) expect(t('nb', rate.error.code, rate.error.params)).toBe('«1,5 mill.» er et beløp; feltet er i prosent.');
    else throw new Error('expected a refusal');
    expect(readInput('abc', { unit: '1000 kr', field: true })).toEqual({ ok: false, error: { code: 'format.notANumber', params: { text: 'abc' } } });
  });
});
