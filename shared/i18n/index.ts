import { accountsUi } from './accountsUi';
import { analysis } from './analysis';
import { analysisUi } from './analysisUi';
import { app } from './app';
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
import { store } from './store';
import { structureUi } from './structureUi';
import { workspace } from './workspace';

export type Lang = 'nb' | 'en';
export const languages: Lang[] = ['nb', 'en'];

const tables = [app, engine, model, store, grid, format, workspace, explain, analysis, analysisUi, imports, importUi, demographyUi, compare, kostraUi, accountsUi, lines, measuresUi, structureUi, safety, saving];

const merged: Record<Lang, Record<string, string>> = { nb: {}, en: {} };
for (const t of tables) {
  Object.assign(merged.nb, t.nb);
  Object.assign(merged.en, t.en);
}

/** Every key known in Norwegian (the reference language). */
export function messageKeys(lang: Lang = 'nb'): string[] {
  return Object.keys(merged[lang]);
}

/** Translate `key`, filling `{name}` placeholders from params; an unknown key returns itself so it is visible. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const text = merged[lang][key] ?? merged.nb[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
