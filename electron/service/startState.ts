// Whether the page opens the last scenario at start. Opening a scenario sets a marker in the settings that the page
// clears once the scenario's first view is painted; a start of the app that finds the marker still set (the opening
// hung or crashed the page) starts on the scenario list instead and says why, as does a start with --no-open.
import type { StartInfo } from '../../shared/api/contract';
import type { Db } from '../store/db';

const OPENING_KEY = 'app.opening';

export class StartState {
  /** --no-open applies to the first page of this process; a reload afterwards opens as usual. */
  private asked: boolean;
  /** The scenario whose opening a previous process left unfinished, read once at start: an opening this process
   *  began is another page's (a second tab, a reload) and is not taken for a hang. */
  private unfinished: string | undefined;

  constructor(
    private readonly db: Db,
    noOpen: boolean,
  ) {
    this.asked = noOpen;
    this.unfinished = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(OPENING_KEY) as string | undefined;
  }

  info(): StartInfo {
    const id = this.unfinished;
    if (id !== undefined) {
      const name = this.db.prepare('SELECT name FROM scenarios WHERE id = ?').pluck().get(id) as string | undefined;
      // Said once: the next start opens as usual unless this opening hangs again.
      this.unfinished = undefined;
      this.opening(null);
      return { openLast: false, reason: 'unfinished', ...(name !== undefined ? { name } : {}) };
    }
    if (this.asked) {
      this.asked = false;
      return { openLast: false, reason: 'asked' };
    }
    return { openLast: true };
  }

  opening(id: string | null): null {
    if (id === null) this.db.prepare('DELETE FROM settings WHERE key = ?').run(OPENING_KEY);
    else this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(OPENING_KEY, id);
    return null;
  }
}
