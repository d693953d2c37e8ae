// The documents of the most recently used scenarios, kept in memory so an edit does not reload its scenario.
// An entry is only trusted while its revision equals the database's (checked on every use), so a write by another
// process (a second window, the command line) is never overwritten with a stale copy.
import type { Scenario } from '../../shared/model/scenario';
import type { UndoStacks } from '../store/undoStacks';

export interface CachedScenario {
  id: string;
  doc: Scenario;
  revision: number;
  snapshotRevision: number;
  stacks: UndoStacks;
}

export class ScenarioCache {
  private readonly map = new Map<string, CachedScenario>();
  constructor(private readonly size = 8) {}

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
    this.map.delete(e.id);
    this.map.set(e.id, e);
    while (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
  }

  delete(id: string): void {
    this.map.delete(id);
  }

  clear(): void {
    this.map.clear();
  }
}
