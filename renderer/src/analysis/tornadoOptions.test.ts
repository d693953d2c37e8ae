import { describe, expect, it } from 'vitest';
import type { SensitivityOutput } from '../../../shared/analysis';
import { t as translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { tornadoOptions } from './tornadoOptions';

const t = (key: MessageKey, params?: MessageParams) => translate('nb', key, params);
const output = {
  id: 'resultat.netto_driftsresultat',
  label: 'Netto driftsresultat',
  base: 1000,
  rows: [
    { leverId: 'a', leverLabel: 'Ekstra utbytte', lever: 0, atLow: -129000, atHigh: 131000, swing: 260000, change: 260000 },
    { leverId: 'b', leverLabel: 'Lønnsvekst', lever: 1, atLow: 1000, atHigh: 1000, swing: 0, change: 0 },
  ],
} as unknown as SensitivityOutput;

type Axis = { type: string; position: string; title: { text: string }; label: { formatter(p: { value: unknown }): string }; gridLine: { enabled: boolean } };

describe('tornadoOptions', () => {
  it('has a number axis below the bars with a scale in nb-NO and the output’s unit', () => {
    const y = (tornadoOptions(output, false, t, 'nb').axes as unknown as Record<string, Axis>).y;
    expect(y).toMatchObject({ type: 'number', position: 'bottom', gridLine: { enabled: true } });
    expect(y.title.text).toBe('Endring fra i dag (1000 kr)');
    expect(y.label.formatter({ value: -100000 }).replace(/\s/g, ' ')).toBe('−100 000');
  });

  it('reads a rate’s axis in per cent with two decimals', () => {
    const y = (tornadoOptions(output, true, t, 'nb').axes as unknown as Record<string, Axis>).y;
    expect(y.title.text).toBe('Endring fra i dag (prosentpoeng)');
    expect(y.label.formatter({ value: 0.0025 }).replace(/\s/g, ' ')).toBe('0,25 %');
  });

  it('draws a bar only for what moves the output', () => {
    expect(tornadoOptions(output, false, t, 'nb').data).toEqual([{ label: 'Ekstra utbytte', low: -130000, high: 130000 }]);
  });
});
