// The page's live stream from the server (web mode and team server): one EventSource for the scenario on screen,
// reconnected when another is opened. Changes of that scenario go to its workspace (useLiveScenario), changes of the
// list to the sidebar. The page's id goes with every API call, so the server does not send the page its own changes
// back. The desktop app has one user, and only the team server's sync changes a scenario behind the page's back: the
// preload bridge's onLive brings those, to the same watchers.
import type { LiveChange } from '../../../shared/api/live';

export type { LiveChange };

export const CLIENT_HEADER = 'X-Handlingsrom-Client';

function randomId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** This page's id (one per load). */
export const clientId = randomId();

interface ScenarioWatch {
  id: string;
  change(c: LiveChange): void;
  /** Connected again after a break: changes may have been missed. */
  reconnected(): void;
}

const listWatchers = new Set<() => void>();
let watch: ScenarioWatch | null = null;
let source: EventSource | null = null;

function available(): boolean {
  return typeof window !== 'undefined' && !window.handlingsrom && typeof EventSource === 'function';
}

/** The desktop's one subscription to the bridge (for the page's life). */
let bridgeListening = false;

function deliver(c: LiveChange): void {
  if (watch && c.scenario === watch.id) watch.change(c);
  else if (early && c.scenario === early.id) early.changes.push(c);
}

/** A scenario about to be opened (api/boot.ts): its changes are kept until its workspace watches it. */
let early: { id: string; changes: LiveChange[] } | null = null;
/** The scenario the stream is connected for ('' for none). */
let sourceFor = '';

function connect(): void {
  source?.close();
  source = null;
  const bridge = typeof window !== 'undefined' ? window.handlingsrom : undefined;
  if (bridge && !bridgeListening) {
    bridge.onLive(deliver);
    bridgeListening = true;
  }
  if (!available()) return;
  const scenario = watch?.id ?? early?.id ?? '';
  sourceFor = scenario;
  const es = new EventSource(`./api/live?scenario=${encodeURIComponent(scenario)}&client=${clientId}`);
  let opened = false;
  es.addEventListener('ready', () => {
    if (opened) watch?.reconnected();
    opened = true;
  });
  es.addEventListener('change', (e) => {
    let c: LiveChange;
    try {
      c = JSON.parse((e as MessageEvent<string>).data) as LiveChange;
    } catch {
      return;
    }
    deliver(c);
  });
  es.addEventListener('list', () => {
    for (const fn of listWatchers) fn();
  });
  source = es;
}

/** Changes of one scenario made by others; returns the function that stops watching. */
export function watchScenario(w: ScenarioWatch): () => void {
  watch = w;
  const kept = early?.id === w.id ? early.changes : [];
  early = null;
  if (!source || sourceFor !== w.id) connect();
  for (const c of kept) w.change(c);
  return () => {
    if (watch !== w) return;
    watch = null;
    connect();
  };
}

/** Connects the stream for a scenario before it is opened, so no change of it between its opening and its
 *  workspace's watch is missed (the workspace skips those its opening already had). */
export function preWatchScenario(id: string): void {
  if (watch) return;
  early = { id, changes: [] };
  connect();
}

/** Scenarios added, renamed, deleted or restored by others. */
export function watchList(fn: () => void): () => void {
  listWatchers.add(fn);
  if (!source) connect();
  return () => void listWatchers.delete(fn);
}
