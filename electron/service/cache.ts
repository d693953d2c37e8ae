// The documents of the most recently used scenarios, kept in memory so an edit does not reload its scenario.
// An entry is only trusted while its revision equals the database's (checked on every read, and by the store's
// revision check on every write), so a write by another process (a second window, the command line, another team
// server) is never overwritten with a stale copy. Bounded by a number of entries and, when given, by their size
// (the length of their JSON when read; a team server holds many scenarios of any size).
import type { Scenario } from '../../shared/model/scenario';
import type { UndoStacks } from '../store/undoStacks';

export interface CachedScenario {
  id: string;
  doc: Scenario;
  revision: number;
  snapshotRevision: number;
  stacks: UndoStacks;
  /** The document's JSON length when it was read (counted against the cache's bytes). */
  size?: number;
}

export class ScenarioCache {
  private readonly map = new Map<string, CachedScenario>();
  private total = 0;

  constructor(
    private readonly size = 8,
    /** Also bounded by the entries' sizes added up (the newest entry is always kept). */
    readonly bytes = Infinity,
  ) {}

  get(id: string): CachedScenario | undefined {
    const e = this.map.get(id);
    if (e) {
      // Map keeps insertion order: re-inserting marks the entry as the most recently used.
      this.map.delete(id);
      this.map.set(id, e);
    }
    return e;
  }

  set(e: CachedScenario): void {
    this.delete(e.id);
    this.map.set(e.id, e);
    this.total += e.size ?? 0;
    while (this.map.size > this.size || (this.total > this.bytes && this.map.size > 1)) this.delete(this.map.keys().next().value as string);
  }

  delete(id: string): void {
    const e = this.map.get(id);
    if (!e) return;
    this.map.delete(id);
    this.total -= e.size ?? 0;
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }
}
