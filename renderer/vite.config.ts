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
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/mount.tsx'));
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

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), preloadApp()],
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
            { name: 'grid', test: /node_modules[\\/](ag-grid-community|ag-stack)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'mathjs', test: /node_modules[\\/](mathjs|typed-function|decimal\.js|complex\.js|fraction\.js|javascript-natural-sort|escape-latex|seedrandom|tiny-emitter|@babel[\\/]runtime)[\\/]/ },
          ],
        },
      },
    },
  },
});
