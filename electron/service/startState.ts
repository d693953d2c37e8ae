// Whether the page opens the last scenario at start. Opening a scenario sets a marker in the settings that the page
// clears once the scenario's first view is painted; a start of the app that finds the marker still set (the opening
// hung or crashed the page) starts on the scenario list instead and says why, as does a start with --no-open.
import type { StartInfo } from '../../shared/api/contract';
import type { Store } from '../store/store';

const OPENING_KEY = 'app.opening';

export class StartState {
  /** --no-open applies to the first page of this process; a reload afterwards opens as usual. */
  private asked: boolean;
  /** The scenario whose opening a previous process left unfinished, read once at start: an opening this process
   *  began is another page's (a second tab, a reload) and is not taken for a hang. */
  private unfinished: string | undefined;
  /** Settled once the marker is read (the service's calls wait for it). */
  readonly ready: Promise<void>;

  constructor(
    private readonly store: Store,
    noOpen: boolean,
  ) {
    this.asked = noOpen;
    this.ready = store.getSetting(OPENING_KEY).then((id) => {
      this.unfinished = id;
    });
  }

  async info(): Promise<StartInfo> {
    const id = this.unfinished;
    if (id !== undefined) {
      // Said once: the next start opens as usual unless this opening hangs again.
      this.unfinished = undefined;
      const name = (await this.store.row(id))?.name;
      await this.opening(null);
      return { openLast: false, reason: 'unfinished', ...(name !== undefined ? { name } : {}) };
    }
    if (this.asked) {
      this.asked = false;
      return { openLast: false, reason: 'asked' };
    }
    return { openLast: true };
  }

  async opening(id: string | null): Promise<null> {
    await this.store.setSetting(OPENING_KEY, id);
    return null;
  }
}
