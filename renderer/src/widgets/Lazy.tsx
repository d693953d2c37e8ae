// A part of the UI that loads when first shown (Analyse, Sammenlign, the charts: AG Charts alone is a third of the
// renderer), with the same "Laster …" as the rest of the app while its code arrives.
import { lazy, Suspense, type ComponentType } from 'react';
import { useI18n } from '../i18n/useI18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** `lazy` for a named export, wrapped in its own Suspense boundary. */
export function lazyNamed<K extends string, P extends object>(load: () => Promise<{ [k in K]: ComponentType<P> }>, name: K): ComponentType<P> {
  const Inner = lazy(() => load().then((m) => ({ default: m[name] }))) as unknown as ComponentType<P>;
  function Lazy(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Inner {...props} />
      </Suspense>
    );
  }
  Lazy.displayName = `Lazy(${name})`;
  return Lazy;
}
