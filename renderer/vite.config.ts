import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The page's entry (src/main.tsx) is small and imports the app (src/mount.tsx) dynamically, so that the first
 *  view's data is asked for while the app's code loads; the page names the app's scripts (every chunk it imports,
 *  not its lazily loaded parts) and styles too, so the browser fetches them at once, beside the entry, not after it
 *  has run. The styles are named for preloading, not as a style sheet: a page's style sheet holds back its scripts
 *  until it has loaded, and the entry is to ask at once (the app's import puts the style sheet in when it runs,
 *  from the browser's cache by then). */
function preloadApp(): Plugin {
  return {
    name: 'handlingsrom-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const app = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('/src/mount.tsx')));
        if (!app) throw new Error('preloadApp: no chunk for src/mount.tsx');
        const entry = chunks.find((c) => c.isEntry)?.fileName;
        // Every chunk the app imports, also through other chunks (a chunk named only by one of those would be
        // asked for only once that one had arrived and been parsed).
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const wanted = new Set([app.fileName]);
        for (const file of wanted) for (const dep of byName.get(file)?.imports ?? []) wanted.add(dep);
        const scripts = [...wanted].filter((file) => file !== entry);
        const styles = [...wanted].flatMap((file) => [...(byName.get(file)?.viteMetadata?.importedCss ?? [])]);
        return [
          ...scripts.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
          ...styles.map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

/** The modules the app imports statically from src/mount.tsx, directly or through others (the code a page load runs),
 *  less those of the page's entry (src/main.tsx), which stays small. Filled as modules are parsed; read when chunks
 *  are made, after all are. */
function startGraph(): { plugin: Plugin; has(id: string): boolean } {
  const imports = new Map<string, readonly string[]>();
  let start: Set<string> | null = null;
  const closure = (file: string) => {
    const root = [...imports.keys()].find((m) => m.endsWith(file));
    const found = new Set(root ? [root] : []);
    for (const m of found) for (const dep of imports.get(m) ?? []) found.add(dep);
    return found;
  };
  return {
    plugin: {
      name: 'handlingsrom-start-graph',
      apply: 'build',
      moduleParsed(info) {
        imports.set(info.id, info.importedIds);
      },
    },
    has(id) {
      if (!start) {
        const entry = closure('/src/main.tsx');
        start = new Set([...closure('/src/mount.tsx')].filter((m) => !entry.has(m)));
      }
      return start.has(id);
    },
  };
}

const start = startGraph();
const GRID = /node_modules[\\/](ag-grid-community|ag-stack)[\\/]/;
const REACT = /node_modules[\\/](react|react-dom|scheduler)[\\/]/;
const MATHJS = /node_modules[\\/](mathjs|typed-function|decimal\.js|complex\.js|fraction\.js|javascript-natural-sort|escape-latex|seedrandom|tiny-emitter|@babel[\\/]runtime)[\\/]/;
const LIBRARIES = new RegExp([GRID, REACT, MATHJS].map((r) => r.source).join('|'));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), preloadApp(), start.plugin],
  build: {
    outDir: path.resolve(here, '../dist/renderer'),
    emptyOutDir: true,
    // The CSP forbids inline scripts; keep every script an external file.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The largest libraries in chunks of their own: the browser parses each script on a thread of its own as it
        // downloads, so the app's code is ready sooner than as one 1.6 MB chunk parsed on one thread.
        codeSplitting: {
          groups: [
            { name: 'grid', test: GRID },
            { name: 'react', test: REACT },
            // The rest of what a page load runs in one chunk, not in a dozen small ones shared with the views loaded
            // later: the browser asks the web mode's server for at most six files at once, and each further round
            // of requests cost a page load some 50–80 ms on a loaded machine.
            { name: 'app', test: (id) => start.has(id) && !LIBRARIES.test(id), includeDependenciesRecursively: false },
            { name: 'mathjs', test: MATHJS },
          ],
        },
      },
    },
  },
});
