// Edits the store has not acknowledged, kept in the browser's storage until it has: they survive a reload of the
// page, a closed tab and a restarted server. One record per scenario and tab (two tabs on one scenario must not
// overwrite each other's edits); the tab's id lives in sessionStorage, which a reload keeps. A record whose tab has
// not been heard from for a while (closed, crashed) is taken over by the next tab that opens the scenario.
import type { Patch } from '../../../shared/patch/types';

export interface UnsavedEdit {
  label: string;
  patches: Patch[];
}

export interface UnsavedRecord {
  /** The revision the first of `edits` was made on. */
  revision: number;
  edits: UnsavedEdit[];
  /** Edits made on an older revision than the store's, waiting for the user to re-apply or discard them. */
  held: UnsavedEdit[];
  /** When the owning tab last wrote or confirmed it is alive (ms since epoch). */
  at: number;
}

/** The part of the Web Storage API used here (localStorage and sessionStorage have it). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

const PREFIX = 'handlingsrom.unsaved.';
const TAB_KEY = 'handlingsrom.tab';
/** A tab with unsaved edits confirms it is alive this often; a record older than ORPHAN_MS is taken over. */
export const HEARTBEAT_MS = 5_000;
const ORPHAN_MS = 20_000;

function parse(text: string | null): UnsavedRecord | null {
  if (text === null) return null;
  try {
    const r = JSON.parse(text) as UnsavedRecord;
    if (typeof r.revision !== 'number' || !Array.isArray(r.edits)) return null;
    return { revision: r.revision, edits: r.edits, held: Array.isArray(r.held) ? r.held : [], at: Number(r.at) || 0 };
  } catch {
    return null;
  }
}

export class UnsavedStore {
  private readonly tab: string;

  constructor(
    private readonly storage: KeyValueStorage,
    session: KeyValueStorage,
    private readonly now: () => number = Date.now,
  ) {
    let tab = session.getItem(TAB_KEY);
    if (!tab) {
      tab = Math.random().toString(36).slice(2, 10);
      session.setItem(TAB_KEY, tab);
    }
    this.tab = tab;
  }

  private key(scenarioId: string, tab = this.tab): string {
    return `${PREFIX}${scenarioId}.${tab}`;
  }

  /** This tab's record of a scenario, with the records of tabs gone quiet merged in (and removed from storage):
   *  edits of another tab cannot be sent on top of this tab's, so they are held for the user to decide. */
  take(scenarioId: string): UnsavedRecord | null {
    const own = parse(this.storage.getItem(this.key(scenarioId)));
    const prefix = `${PREFIX}${scenarioId}.`;
    const orphans: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const k = this.storage.key(i);
      if (k && k.startsWith(prefix) && k !== this.key(scenarioId)) orphans.push(k);
    }
    let merged = own;
    for (const k of orphans) {
      const r = parse(this.storage.getItem(k));
      if (r && this.now() - r.at < ORPHAN_MS) continue;
      this.storage.removeItem(k);
      if (!r || r.edits.length + r.held.length === 0) continue;
      if (merged === null) merged = r;
      else merged = { ...merged, held: [...merged.held, ...r.held, ...r.edits] };
    }
    if (merged !== own && merged !== null) this.write(scenarioId, merged);
    return merged;
  }

  /** Write (or, with nothing unsaved, remove) this tab's record. Throws when the storage is full. */
  write(scenarioId: string, record: Omit<UnsavedRecord, 'at'>): void {
    if (record.edits.length === 0 && record.held.length === 0) this.storage.removeItem(this.key(scenarioId));
    else this.storage.setItem(this.key(scenarioId), JSON.stringify({ ...record, at: this.now() }));
  }
}

/** The browser's storage, or null where there is none (a sandboxed page with storage blocked). */
export function browserUnsavedStore(): UnsavedStore | null {
  try {
    return new UnsavedStore(window.localStorage, window.sessionStorage);
  } catch {
    return null;
  }
}
