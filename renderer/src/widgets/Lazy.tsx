// A part of the UI that loads when first shown (the views not on screen at start, Analyse, Sammenlign, the charts:
// AG Charts alone is a third of the renderer), with the same "Laster …" as the rest of the app while its code
// arrives. `preload` fetches the code beforehand (once the first view is painted, see preloadWhenIdle), so a tab
// opened later shows at once, without the "Laster …" frame.
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useI18n } from '../i18n/useI18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

export type LazyComponent<P extends object> = ComponentType<P> & { preload(): void };

/** `lazy` for a named export, wrapped in its own Suspense boundary; rendered directly once its code is loaded. */
export function lazyNamed<K extends string, P extends object>(load: () => Promise<{ [k in K]: ComponentType<P> }>, name: K): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const get = () =>
    (loading ??= load().then((m) => {
      loaded = m[name];
      return { default: m[name] };
    }));
  const Inner = lazy(get) as unknown as ComponentType<P>;
  function Lazy(props: P) {
    // Decided once per mount: switching from the Suspense boundary to the component would mount it anew.
    const [Direct] = useState(() => loaded);
    if (Direct) return <Direct {...props} />;
    return (
      <Suspense fallback={<Loading />}>
        <Inner {...props} />
      </Suspense>
    );
  }
  Lazy.displayName = `Lazy(${name})`;
  Lazy.preload = () => void get().catch(() => undefined);
  return Lazy;
}

/** Preloads `parts` once the browser is idle after `ready` (the first view painted): their code then neither
 *  stands between a page load and its first grid nor keeps a tab waiting when it is opened. */
export function usePreloadWhenIdle(ready: boolean, parts: readonly { preload(): void }[]): void {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!ready || done) return;
    const run = () => {
      for (const p of parts) p.preload();
      setDone(true);
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout: 2_000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(run, 300);
    return () => clearTimeout(timer);
  }, [ready, done, parts]);
}
