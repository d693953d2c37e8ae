// Turning zod issues into messages a finance officer can act on. Every schema in this folder carries
// `modelErrorMap`, so each issue's `message` is already an i18n key (shared/i18n/model.ts); the placeholders are
// read from the issue's own fields (maximum, keys, ...) when it is described.
import type { z } from 'zod';
import { formatNumber } from '../format/numberFormat';
import { messageKeys, t, tCode, type Lang } from '../i18n/index';
import type { MessageParams, ModelIssue } from './messages';

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

function typeCode(expected: string, input: unknown): string {
  if (input === undefined) return 'model.required';
  switch (expected) {
    case 'number':
      return typeof input === 'number' ? 'model.notFinite' : 'model.notNumber';
    case 'int':
      return 'model.notInteger';
    case 'string':
      return 'model.notText';
    case 'boolean':
      return 'model.notBoolean';
    case 'object':
      return 'model.notObject';
    case 'array':
      return 'model.notList';
    default:
      return 'model.invalidType';
  }
}

/** The i18n key for a zod issue (raw, while parsing; or final, then without its input). */
export function issueCode(iss: RawIssue | Issue): string {
  switch (iss.code) {
    case 'invalid_type':
      return typeCode(iss.expected, 'input' in iss ? iss.input : null);
    case 'too_big':
      if (iss.origin === 'string') return 'model.textTooLong';
      if (iss.origin === 'array' || iss.origin === 'set') return 'model.tooMany';
      return 'model.tooLarge';
    case 'too_small':
      if (iss.origin === 'string') return Number(iss.minimum) <= 1 ? 'model.empty' : 'model.textTooShort';
      if (iss.origin === 'array' || iss.origin === 'set') return 'model.tooFew';
      return 'model.tooSmall';
    case 'invalid_format':
      return 'model.invalidFormat';
    case 'not_multiple_of':
      return 'model.notMultiple';
    case 'unrecognized_keys':
      return 'model.unknownKeys';
    case 'invalid_value':
      return iss.values.length === 1 ? 'model.mustBe' : 'model.invalidOption';
    case 'invalid_union':
      return iss.discriminator !== undefined ? 'model.invalidKind' : 'model.invalid';
    default:
      return 'model.invalid';
  }
}

/** Attached to every schema of the model, so that each issue's message is an i18n key. */
export const modelErrorMap = (iss: RawIssue): string => issueCode(iss);

let known: Set<string> | null = null;
function isKnownCode(code: string): boolean {
  known ??= new Set(messageKeys('nb'));
  return known.has(code);
}

function primitiveText(v: unknown): string {
  return typeof v === 'string' ? `«${v}»` : String(v);
}

/** The raw placeholder values of an issue (numbers stay numbers; they are formatted per language later). */
export function issueParams(iss: Issue): MessageParams {
  switch (iss.code) {
    case 'too_big':
      return { max: Number(iss.maximum) };
    case 'too_small':
      return { min: Number(iss.minimum) };
    case 'unrecognized_keys':
      return { keys: iss.keys.map((k) => `«${k}»`).join(', ') };
    case 'invalid_value':
      return { options: iss.values.map(primitiveText).join(', ') };
    case 'invalid_union':
      return { options: 'options' in iss && iss.options ? iss.options.map(primitiveText).join(', ') : '' };
    case 'invalid_type':
      return { expected: iss.expected };
    case 'not_multiple_of':
      return { divisor: iss.divisor };
    case 'custom': {
      const out: MessageParams = {};
      for (const [k, v] of Object.entries(iss.params ?? {})) {
        if (typeof v === 'string' || typeof v === 'number') out[k] = v;
      }
      return out;
    }
    default:
      return {};
  }
}

/** Issues as data: path, i18n code and params. A bad key of a record (an unknown id as coverage key) is reported
 *  with what is wrong with the key. */
export function toModelIssues(error: z.ZodError): ModelIssue[] {
  return error.issues.map((iss) => {
    const inner = iss.code === 'invalid_key' ? iss.issues[0] : undefined;
    const source = inner !== undefined && isKnownCode(inner.message) ? inner : iss;
    return {
      path: iss.path.map((p) => (typeof p === 'number' ? p : String(p))),
      code: isKnownCode(source.message) ? source.message : issueCode(source),
      params: issueParams(source),
    };
  });
}

/** At most this many issues are described one by one; a broken file can have thousands. */
export const MAX_DESCRIBED_ISSUES = 50;

function formatParam(v: string | number, lang: Lang): string {
  if (typeof v !== 'number') return v;
  if (Number.isInteger(v)) return formatNumber(v, { lang });
  const decimals = Math.min(10, Math.max(1, (String(v).split('.')[1] ?? '').length));
  return formatNumber(v, { lang, decimals });
}

export function translateMessage(code: string, params: MessageParams, lang: Lang): string {
  const formatted: MessageParams = {};
  for (const [k, v] of Object.entries(params)) formatted[k] = formatParam(v, lang);
  return tCode(lang, code, formatted);
}

function fieldLabel(seg: string, lang: Lang): string {
  const key = `model.field.${seg}`;
  return isKnownCode(key) ? tCode(lang, key) : seg;
}

function nameAt(input: unknown, path: (string | number)[], upTo: number): string | undefined {
  let cur: unknown = input;
  for (let i = 0; i <= upTo; i++) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const seg = path[i];
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  if (cur === null || typeof cur !== 'object') return undefined;
  const rec = cur as Record<string, unknown>;
  // What a user calls the element: a user line's label, an entity's name, an area's code.
  const name = [rec.label, rec.name, rec.code].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return name === undefined ? undefined : name.length > 40 ? `${name.slice(0, 39)}…` : name;
}

/**
 * A path for people: field names in the chosen language, list positions counted from 1 as a user counts rows,
 * and — when the parsed input is given — the name of the element: `tiltak[3 «Stram styring»].helårseffekt`.
 */
export function formatPath(path: (string | number)[], lang: Lang = 'nb', input?: unknown): string {
  if (path.length === 0) return t(lang, 'model.path.root');
  let out = '';
  path.forEach((seg, i) => {
    if (typeof seg === 'number') {
      const name = input === undefined ? undefined : nameAt(input, path, i);
      out += name === undefined ? `[${seg + 1}]` : `[${seg + 1} «${name}»]`;
    } else {
      out += (out === '' ? '' : '.') + fieldLabel(seg, lang);
    }
  });
  return out;
}

/** One readable line per issue, e.g. "tiltak[3].helårseffekt: må være et tall". */
export function describeModelIssues(issues: ModelIssue[], lang: Lang = 'nb', input?: unknown): string[] {
  const lines = issues
    .slice(0, MAX_DESCRIBED_ISSUES)
    .map((iss) => t(lang, 'model.issueLine', { path: formatPath(iss.path, lang, input), message: translateMessage(iss.code, iss.params, lang) }));
  if (issues.length > MAX_DESCRIBED_ISSUES) lines.push(translateMessage('model.moreIssues', { count: issues.length - MAX_DESCRIBED_ISSUES }, lang));
  return lines;
}

/** One readable line per zod issue. Pass the parsed input to name list elements by their name. */
export function describeIssues(error: z.ZodError, lang: Lang = 'nb', input?: unknown): string[] {
  return describeModelIssues(toModelIssues(error), lang, input);
}
