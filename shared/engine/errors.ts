// Engine errors are values: a code (an i18n key in shared/i18n/engine.ts) and its placeholder params.
import type { EngineError } from './types';

/** Every code the engine produces. Each has a text in nb and en in shared/i18n/engine.ts. */
export const ErrorCode = {
  parseUnexpectedEnd: 'engine.parse.unexpectedEnd',
  parseValueExpected: 'engine.parse.valueExpected',
  parseParenExpected: 'engine.parse.parenExpected',
  parseUnexpectedPart: 'engine.parse.unexpectedPart',
  parseUnterminatedString: 'engine.parse.unterminatedString',
  parseConditional: 'engine.parse.conditional',
  parseGeneric: 'engine.parse.generic',
  empty: 'engine.empty',
  tooComplex: 'engine.tooComplex',
  growthNesting: 'engine.growthNesting',
  forbiddenAssignment: 'engine.forbidden.assignment',
  forbiddenFunctionDefinition: 'engine.forbidden.functionDefinition',
  forbiddenBlock: 'engine.forbidden.block',
  forbiddenArray: 'engine.forbidden.array',
  forbiddenObject: 'engine.forbidden.object',
  forbiddenIndex: 'engine.forbidden.index',
  forbiddenAccess: 'engine.forbidden.access',
  forbiddenOptionalChaining: 'engine.forbidden.optionalChaining',
  forbiddenMethodCall: 'engine.forbidden.methodCall',
  forbiddenRange: 'engine.forbidden.range',
  forbiddenString: 'engine.forbidden.string',
  forbiddenConstant: 'engine.forbidden.constant',
  forbiddenOperator: 'engine.forbidden.operator',
  forbiddenModulo: 'engine.forbidden.modulo',
  forbiddenImplicitMultiplication: 'engine.forbidden.implicitMultiplication',
  forbiddenNode: 'engine.forbidden.node',
  unknownName: 'engine.unknownName',
  unknownNameSuggest: 'engine.unknownNameSuggest',
  unknownFunction: 'engine.unknownFunction',
  unknownFunctionSuggest: 'engine.unknownFunctionSuggest',
  arity: 'engine.arity',
  prevTarget: 'engine.prevTarget',
  prevOffset: 'engine.prevOffset',
  tagArgument: 'engine.tagArgument',
  divByZero: 'engine.divByZero',
  phaseinArgs: 'engine.phaseinArgs',
  nonFinite: 'engine.nonFinite',
  budget: 'engine.budget',
  cycle: 'engine.cycle',
  dependsOnError: 'engine.dependsOnError',
  unknownTemplate: 'engine.unknownTemplate',
  templateArg: 'engine.templateArg',
  templateParam: 'engine.templateParam',
  invalidKey: 'engine.invalidKey',
  reservedKey: 'engine.reservedKey',
  duplicateKey: 'engine.duplicateKey',
  lineKind: 'engine.lineKind',
  unknownLine: 'engine.unknownLine',
  notInput: 'engine.notInput',
  yearOutOfRange: 'engine.yearOutOfRange',
  invalidHorizon: 'engine.invalidHorizon',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

export function engineError(code: ErrorCodeValue, params: Record<string, string | number> = {}): EngineError {
  return { code, params };
}

/** Two errors say the same thing (same code, same params). */
export function sameError(a: EngineError | undefined, b: EngineError | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.code !== b.code) return false;
  const ka = Object.keys(a.params);
  if (ka.length !== Object.keys(b.params).length) return false;
  for (const k of ka) if (a.params[k] !== b.params[k]) return false;
  return true;
}

/** Thrown by the API calls that cannot turn a problem into an error value (a bad template, an edit of a line
 *  that does not exist). Carries the same code + params as the error values; the message is for developers. */
export class FormulaError extends Error {
  readonly error: EngineError;
  constructor(error: EngineError) {
    super(`${error.code} ${JSON.stringify(error.params)}`);
    this.name = 'FormulaError';
    this.error = error;
  }
}
