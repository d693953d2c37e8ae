import { describe, expect, it } from 'vitest';
import { messageKeys } from '../i18n/index';
import { AnalysisCode } from './errors';
import { analysisMessage } from './message';

describe('analysisMessage', () => {
  it('formats numbers for the language and adds the model’s own error', () => {
    const f = {
      code: AnalysisCode.errorValue,
      params: { lever: 'Rente', x: -1234.5, output: 'Resultatgrad 2026' },
      cause: { code: 'engine.divByZero', params: {} },
    };
    expect(analysisMessage('nb', f)).toBe('«Resultatgrad 2026» kan ikke beregnes når «Rente» er −1\u00a0234,5. Deling på null.');
    expect(analysisMessage('en', f)).toBe('“Resultatgrad 2026” cannot be computed when “Rente” is −1,234.5. Division by zero.');
    expect(analysisMessage('nb', { code: AnalysisCode.tooFewDraws, params: { min: 2000, draws: 0.0175 } })).toBe(
      'Simuleringen trenger minst 2\u00a0000 trekninger (fikk 0,0175).',
    );
  });

  it('has a text for every code', () => {
    for (const code of Object.values(AnalysisCode)) expect(messageKeys('nb')).toContain(code);
  });
});
