// The layering rules of docs/architecture.md, checked on the source text (the compiler settings of shared/ and
// renderer/ catch DOM and Node APIs; this catches imports, which the compiler cannot):
//   shared/    imports no Node module, no electron, no React or other UI or storage package, uses no DOM global;
//   renderer/  imports no Node module and no electron; its folders import downwards only (RENDERER_RANK);
//   electron/  only main.ts, preload.ts and menu.ts import electron;
//   scripts/   never imports electron (the web mode, the CLI and the benchmark run without it);
//   electron/ and scripts/ (the hosts) never import the renderer: what both sides need lives in shared/;
//   hyperformula (GPL) only in the benchmark and in tests.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

export interface Violation {
  file: string;
  line: number;
  rule: string;
  detail: string;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const ELECTRON_ENTRY_FILES = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/menu.ts']);
const SHARED_FORBIDDEN_PACKAGES = ['electron', 'react', 'react-dom', 'ag-grid-community', 'ag-grid-react', 'ag-charts-community', 'ag-charts-react', 'better-sqlite3', 'exceljs'];
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'XMLHttpRequest', 'requestAnimationFrame'];
/** The renderer's folders from the top down: the gate (the team server's sign-in) hosts the shell, the shell hosts
 *  the workspace and the comparison, the workspace hosts the feature views, and everything builds on the base
 *  folders. An import may go to the same rank or below; a folder not listed counts as a feature view. */
const RENDERER_RANK: Record<string, number> = {
  gate: 5,
  shell: 4,
  workspace: 3,
  compare: 3,
  api: 1,
  i18n: 1,
  grid: 1,
  charts: 1,
  imports: 1,
  widgets: 1,
  views: 1,
  commands: 1,
};
const FEATURE_RANK = 2;
const IMPORT_RE = /(?:\bimport\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?|\bexport\s+(?:type\s+)?[^'"]*?\sfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
const DOM_RE = new RegExp(`(?<![\\w.$'"])(?:${DOM_GLOBALS.join('|')})\\s*[.[(]`, 'g');

function packageOf(spec: string): string {
  if (spec.startsWith('node:')) return spec;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isNodeModule(spec: string): boolean {
  return NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(packageOf(spec));
}

/** Reading electron/package.json (for its version) does not load Electron; anything else from it does. */
function loadsElectron(spec: string): boolean {
  return packageOf(spec) === 'electron' && spec !== 'electron/package.json';
}

/** The folder under renderer/src a path lies in, or null for a file at its top (the entry point). */
function rendererFolder(rel: string): string | null {
  const parts = rel.split('/');
  return parts[0] === 'renderer' && parts[1] === 'src' && parts.length > 3 ? parts[2] : null;
}

function rankOf(folder: string): number {
  return RENDERER_RANK[folder] ?? FEATURE_RANK;
}

function listSources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'fixtures' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(full));
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name)) out.push(full);
  }
  return out;
}

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

/** The source with the text of string literals blanked (same length and lines), so a word like "window" in a
 *  message is not taken for the DOM global. */
function stripStrings(src: string): string {
  return src.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (m) => m.replace(/[^\n]/g, ' '));
}

function lineOf(src: string, index: number): number {
  return src.slice(0, index).split('\n').length;
}

export function checkLayering(root: string): Violation[] {
  const violations: Violation[] = [];
  // renderer/ holds build config beside the browser code; only renderer/src runs in the page.
  const layers: [string, string][] = [['shared', 'shared'], ['renderer', 'renderer/src'], ['electron', 'electron'], ['scripts', 'scripts']];
  for (const [layer, dir] of layers) {
    for (const file of listSources(path.join(root, dir))) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      const src = stripComments(fs.readFileSync(file, 'utf8'));
      const add = (index: number, rule: string, detail: string) => violations.push({ file: rel, line: lineOf(src, index), rule, detail });
      // Tests run in Node beside the code they test: they may read fixtures with node:fs, never load Electron.
      const isTest = /\.test\.tsx?$/.test(rel);
      for (const m of src.matchAll(IMPORT_RE)) {
        const spec = m[1];
        const pkg = packageOf(spec);
        const target = spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep).join('/') : null;
        if (target && (layer === 'electron' || layer === 'scripts') && target.startsWith('renderer/')) add(m.index, 'hosts-no-renderer', target);
        const [from, to] = [rendererFolder(rel), target && rendererFolder(target)];
        if (from && to && from !== to && rankOf(to) > rankOf(from)) add(m.index, 'renderer-imports-downwards', `${from} -> ${to}`);
        // HyperFormula is GPL: a dev dependency of the benchmark and of tests, never part of the app.
        if (!isTest && pkg === 'hyperformula' && !rel.startsWith('scripts/bench/')) add(m.index, 'hyperformula-only-in-benchmark', spec);
        if (isTest) {
          if (loadsElectron(spec)) add(m.index, 'electron-only-in-entry-files', spec);
        } else if (layer === 'shared') {
          if (isNodeModule(spec)) add(m.index, 'shared-no-node', spec);
          else if (SHARED_FORBIDDEN_PACKAGES.includes(pkg)) add(m.index, 'shared-no-ui-or-host', spec);
        } else if (layer === 'renderer') {
          if (isNodeModule(spec)) add(m.index, 'renderer-no-node', spec);
          else if (pkg === 'electron' || pkg === 'better-sqlite3') add(m.index, 'renderer-no-electron', spec);
        } else if (loadsElectron(spec) && !(layer === 'electron' && ELECTRON_ENTRY_FILES.has(rel))) {
          add(m.index, 'electron-only-in-entry-files', spec);
        }
      }
      if (layer === 'shared' && !isTest) for (const m of stripStrings(src).matchAll(DOM_RE)) add(m.index, 'shared-no-dom', m[0].replace(/\s*[.[(]$/, ''));
    }
  }
  return violations;
}
