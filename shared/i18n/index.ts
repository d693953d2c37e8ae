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
import { lines } from './lines';
import { measuresUi } from './measuresUi';
import { model } from './model';
import { safety } from './safety';
import { saving } from './saving';
import { startup } from './startup';
import { store } from './store';
import { structureUi } from './structureUi';
import { workspace } from './workspace';

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
  kostraUi,
  accountsUi,
  lines,
  measuresUi,
  structureUi,
  safety,
  saving,
  startup,
];

const merged: Record<Lang, Record<string, string>> = { nb: {}, en: {} };
for (const t of tables) {
  Object.assign(merged.nb, t.nb);
  Object.assign(merged.en, t.en);
}

/** Every key known in Norwegian (the reference language). */
export function messageKeys(lang: Lang = 'nb'): string[] {
  return Object.keys(merged[lang]);
}

/** The longest a filled-in value may be: messages echo input (a key, a list of lines in a cycle), and a 40 MB
 *  unknown key must not become a 40 MB message. */
export const MAX_PARAM_CHARS = 1000;

/** `value` cut to MAX_PARAM_CHARS, saying how many characters were left out. */
export function boundParam(lang: Lang, value: string): string {
  if (value.length <= MAX_PARAM_CHARS) return value;
  const note = (merged[lang]['message.cut'] ?? merged.nb['message.cut']).replace('{count}', String(value.length - MAX_PARAM_CHARS));
  return `${value.slice(0, MAX_PARAM_CHARS)}${note}`;
}

/** Translate `key`, filling `{name}` placeholders from params (each bounded); an unknown key returns itself so it
 *  is visible. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const text = merged[lang][key] ?? merged.nb[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? boundParam(lang, String(params[name])) : m));
}
