import { accountsUi } from './accountsUi';
import { analysis } from './analysis';
import { analysisUi } from './analysisUi';
import { app } from './app';
import { commands } from './commands';
import { compare } from './compare';
import { demographyUi } from './demographyUi';
import { engine } from './engine';
import { explain } from './explain';
import { format } from './format';
import { grid } from './grid';
import { imports } from './imports';
import { importUi } from './importUi';
import { kostraUi } from './kostraUi';
import { review } from './review';
import { lines } from './lines';
import { measuresUi } from './measuresUi';
import { model } from './model';
import { safety } from './safety';
import { saving } from './saving';
import { server } from './server';
import { startup } from './startup';
import { store } from './store';
import { sync } from './sync';
import { structureUi } from './structureUi';
import { team } from './team';
import { workspace } from './workspace';
import { xlsxImport } from './xlsxImport';
import type { Messages } from './define';

export type Lang = 'nb' | 'en';
export const languages: Lang[] = ['nb', 'en'];

// One table per concept, one a line (a later table's key would win over an earlier one's).
const tables = [
  app,
  commands,
  engine,
  model,
  store,
  grid,
  format,
  workspace,
  explain,
  analysis,
  analysisUi,
  imports,
  importUi,
  demographyUi,
  compare,
  review,
  kostraUi,
  accountsUi,
  lines,
  measuresUi,
  structureUi,
  safety,
  saving,
  startup,
  xlsxImport,
  team,
  sync,
  server,
] as const;

type KeysOf<T> = T extends Messages<infer K> ? K : never;
/** Every key of every table: `t` takes only these, so a key no table has does not compile. (A table must be made
 *  with defineMessages: one typed Record<string, string> would make every key "known" — and fails the check below.) */
export type MessageKey = KeysOf<(typeof tables)[number]>;

/** The keys two tables both define (one would silently overwrite the other). Must be never. */
type Duplicates<Ts extends readonly unknown[], Seen extends string = never> = Ts extends readonly [infer H, ...infer R]
  ? (KeysOf<H> & Seen) | Duplicates<R, Seen | KeysOf<H>>
  : never;
const noDuplicateKeys: [Duplicates<typeof tables>] extends [never] ? true : { duplicateKeys: Duplicates<typeof tables> } = true;
void noDuplicateKeys;

const merged: Record<Lang, Record<string, string>> = { nb: {}, en: {} };
for (const table of tables) {
  Object.assign(merged.nb, table.nb);
  Object.assign(merged.en, table.en);
}

/** Every key known in Norwegian (the reference language). */
export function messageKeys(lang: Lang = 'nb'): string[] {
  return Object.keys(merged[lang]);
}

/** Whether `key` is a known text (for codes that arrive at run time: error codes, issue codes). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(merged.nb, key);
}

export type MessageParams = Record<string, string | number>;

/** The longest a filled-in value may be: messages echo input (a key, a list of lines in a cycle), and a 40 MB
 *  unknown key must not become a 40 MB message. */
export const MAX_PARAM_CHARS = 1000;

/** `value` cut to MAX_PARAM_CHARS, saying how many characters were left out. */
export function boundParam(lang: Lang, value: string): string {
  if (value.length <= MAX_PARAM_CHARS) return value;
  const note = (merged[lang]['message.cut'] ?? merged.nb['message.cut']).replace('{count}', String(value.length - MAX_PARAM_CHARS));
  return `${value.slice(0, MAX_PARAM_CHARS)}${note}`;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralOf(lang: Lang, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang === 'nb' ? 'nb-NO' : 'en-GB')));
  return rules.select(n);
}

/**
 * Fills a text: `{name}` from params (each bounded), and `{count, plural, one {# celle} other {# celler}}` by the
 * language's plural rules (Intl.PluralRules; `#` is the number, `=0 {…}` an exact match).
 */
function fill(lang: Lang, text: string, params: MessageParams): string {
  const plural = text.replace(/\{(\w+), plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g, (m, name: string, branches: string) => {
    const n = Number(params[name]);
    if (!(name in params) || !Number.isFinite(n)) return m;
    const forms = new Map([...branches.matchAll(/(=?\w+)\s*\{([^{}]*)\}/g)].map((b) => [b[1], b[2]] as const));
    const form = forms.get(`=${n}`) ?? forms.get(pluralOf(lang, n)) ?? forms.get('other') ?? '';
    return form.replace(/#/g, String(params[name]));
  });
  return plural.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? boundParam(lang, String(params[name])) : m));
}

/** Translate `key`, filling its placeholders from params. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return tCode(lang, key, params);
}

/** Translate a code that arrives at run time (an error's or an issue's code); an unknown code returns itself, so
 *  it is visible rather than blank. */
export function tCode(lang: Lang, code: string, params: MessageParams = {}): string {
  return fill(lang, merged[lang][code] ?? merged.nb[code] ?? code, params);
}
