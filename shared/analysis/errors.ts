// Failure codes of the analyses. Each is an i18n key with a text in nb and en in shared/i18n/analysis.ts.
import type { EngineError } from '../engine';
import type { AnalysisFailure } from './types';

export const AnalysisCode = {
  badRange: 'analysis.badRange',
  noSolutionInRange: 'analysis.noSolutionInRange',
  errorValue: 'analysis.errorValue',
  notConverged: 'analysis.notConverged',
  discontinuous: 'analysis.discontinuous',
  conditionNotMet: 'analysis.conditionNotMet',
  noEffect: 'analysis.noEffect',
  badLeverValue: 'analysis.badLeverValue',
  badProbability: 'analysis.badProbability',
  badEffectRange: 'analysis.badEffectRange',
  tooFewDraws: 'analysis.tooFewDraws',
  badSeed: 'analysis.badSeed',
  outputError: 'analysis.outputError',
  notApplicable: 'analysis.notApplicable',
} as const;

export type AnalysisCodeValue = (typeof AnalysisCode)[keyof typeof AnalysisCode];

export function failure(
  code: AnalysisCodeValue,
  params: Record<string, string | number>,
  cause?: EngineError,
): AnalysisFailure {
  return cause === undefined ? { ok: false, code, params } : { ok: false, code, params, cause };
}

/** A number as a message parameter: six significant digits, so 0.1 + 0.2 reads 0.3. */
export function num(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(6)) : x;
}
