// The calls the first view waits for, made ahead of the app: the page's entry (main.tsx) asks how the app starts and
// for the scenario list while the app's code downloads, and, once both have come, for the scenario it opens first
// (the back end told first, as the workspace tells it: electron/service/startState.ts), so the back end opens it
// while the page parses and runs the app's code. Not before they have come: the server is one thread, and an
// opening there would hold up the app's code on its way to the page; the browser asks for the scripts first and
// the server answers in turn, so the start info and the list come after them. That scenario's
// live stream is connected before it is asked for, so a colleague's change meanwhile is not missed (api/live.ts
// keeps it for the workspace). Each answer is taken once, by the part of the page that would otherwise have asked
// for it; every later call goes to the back end as usual. Not in team mode: there the page signs in first
// (gate/TeamGate).
import type { Api, OpenedScenario, ScenarioSummary, StartInfo } from '../../../shared/api/contract';
import { preWatchScenario } from './live';
import { createApi } from './transport';
import { formatterFor } from '../../../shared/format/numberFormat';
import { storedLang } from '../i18n/storedLang';

interface Boot {
  api: Api;
  start: Promise<StartInfo> | null;
  list: Promise<ScenarioSummary[]> | null;
  /** Resolves once the first scenario has been asked for, or is known not to be. */
  opening: Promise<void>;
  open: { id: string; scenario: Promise<OpenedScenario> } | null;
  /** The scenario whose opening the boot told the back end (app.opening), until the workspace asks. */
  told: string | null;
}

let boot: Boot | null = null;

/** Taken later (or never, by a page closed first): not an unhandled rejection meanwhile. */
function kept<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** Asks for the first view's data; the app (mount.tsx) takes the API it made with `bootApi`. */
export function startBoot(): void {
  const api = createApi();
  const start = kept(api.call('app.start', {}));
  const list = kept(api.call('scenario.list', {}));
  const b: Boot = { api, start, list, opening: Promise.resolve(), open: null, told: null };
  // The scenario the app opens when the user has not picked one (App.tsx): the most recently changed, unless the
  // back end says to start on the list.
  b.opening = Promise.all([start, list]).then(
    ([s, l]) => {
      const id = s.openLast ? (l[0]?.id ?? null) : null;
      if (!id) return;
      preWatchScenario(id);
      void api.call('app.opening', { id }).catch(() => undefined);
      b.told = id;
      b.open = { id, scenario: kept(api.call('scenario.open', { id })) };
    },
    () => undefined,
  );
  boot = b;
  // While the app's code arrives, the main thread is idle: make the number formats the first view shows (the first
  // Intl.NumberFormat of a page loads the browser's locale data, tens of ms).
  const lang = storedLang();
  formatterFor({ lang }).format(0);
  formatterFor({ lang, percent: true }).format(0);
}

/** The API the boot made, or null when it did not run. */
export function bootApi(): Api | null {
  return boot?.api ?? null;
}

/** How the app starts, as asked at boot; null once taken. */
export function takeStart(): Promise<StartInfo> | null {
  const p = boot?.start ?? null;
  if (boot) boot.start = null;
  return p;
}

/** The scenario list asked for at boot; null once taken. */
export function takeList(): Promise<ScenarioSummary[]> | null {
  const p = boot?.list ?? null;
  if (boot) boot.list = null;
  return p;
}

/** Whether the boot told the back end that scenario `id` is being opened (answered once: a later opening of it
 *  is told again). */
export function takeToldOpening(id: string): boolean {
  const told = boot?.told === id;
  if (boot) boot.told = null;
  return told;
}

/** Scenario `id` as opened at boot, or null when boot opened none or another one. Only the first workspace gets it
 *  (a copy kept for later would be stale); it waits for the boot's own choice, so as not to open it twice. */
export async function takeOpen(id: string): Promise<OpenedScenario | null> {
  const b = boot;
  if (!b) return null;
  await b.opening;
  const o = b.open;
  b.open = null;
  return o && o.id === id ? o.scenario : null;
}
