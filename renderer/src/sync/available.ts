// Whether this page's back end is a laptop's, which can connect to a team server: the desktop app's back end and
// the web mode's on a laptop answer the sync operations (shared/api/sync.ts) through the same api as every other
// call; a team server's own page has none.
export function syncAvailable(): boolean {
  if (typeof window === 'undefined') return false;
  if (window.handlingsrom) return true;
  return document.querySelector<HTMLMetaElement>('meta[name="handlingsrom-mode"]')?.content !== 'team';
}
