// The one ordered way edits reach the store. The screen has already applied an edit when it is pushed here; the
// queue keeps it in the browser's storage, sends the edits one after another (each on the revision the previous
// one produced), and reports what the store said:
//  - acknowledged: the edit is saved; the next one is sent;
//  - unreachable (server stopped, network gone): nothing is dropped; it tries again after a pause, growing to
//    RETRY_MAX_MS, or at once on retry();
//  - refused (stale revision, invalid edit): the queue stops, the refused edit is dropped unless the refusal was a
//    stale revision, and the edits behind it are held for the user, who re-applies or discards them on the
//    store's current version (the owner reloads it).
// An edit whose answer was lost (the store committed it, then the server or the connection went away) is sent again
// as it was, on the same revision: the store recognises it in its log and acknowledges it without applying it twice
// (ScenarioService.edit). Edits kept from before a reload on an older revision than the store's are first sent that
// way to learn which of them the store has (verify); the rest build on what it has, or are held.
import type { Api, UndoState, UndoResult } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Patch } from '../../../shared/patch/types';
import { NOT_DELIVERED } from './transport';
import type { UnsavedEdit, UnsavedStore } from './unsavedStore';
import { HEARTBEAT_MS } from './unsavedStore';

export interface QueuedEdit extends UnsavedEdit {
  /** Undoes the edit on the screen's copy while it is not yet sent. */
  inverse: Patch[];
}

export interface QueueStatus {
  /** Edits not yet acknowledged (the one in flight included). */
  unsaved: number;
  /** An edit or step is on its way to the store. */
  sending: boolean;
  /** Why the last attempt did not reach the store (api.unreachable, api.forbidden), or null; the edits wait. */
  unreachable: string | null;
  /** Edits made on an older version, waiting for the user's decision. */
  held: number;
  /** The browser's storage refused to keep the edits (full or blocked): they live in this page only. */
  storageFailed: boolean;
  /** The label of the newest edit not yet acknowledged (what undo takes back first). */
  lastLabel?: string;
}

export interface QueueEvents {
  acknowledged(state: UndoState): void;
  /** An undo or redo the store did: apply its patches. */
  stepped(result: UndoResult): void;
  /** The store refused; the owner reloads the scenario and shows why. */
  refused(err: ApiError): void;
  /** An undo or redo could not be sent (the store is away); nothing changed. */
  stepFailed(err: unknown): void;
  /** The restored edits were checked: `known` of them the store had already; `rest` build on its current revision
   *  and are to be applied on screen and resumed (pushed again). */
  verified(known: number, rest: UnsavedEdit[]): void;
  status(status: QueueStatus): void;
}

type Task = { kind: 'edit'; edit: QueuedEdit } | { kind: 'step'; op: 'scenario.undo' | 'scenario.redo' };

const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 8_000;

export class EditQueue {
  private tasks: Task[] = [];
  private held: UnsavedEdit[] = [];
  /** Edits kept from before a reload, made on revision `base` older than the store's: which has the store got? */
  private verifying: { base: number; edits: UnsavedEdit[]; known: number } | null = null;
  /** The revision the store has acknowledged; the next edit is sent on it. */
  private revision: number;
  private sending = false;
  private unreachable: string | null = null;
  private storageFailed = false;
  private stopped = false;
  private retryDelay = RETRY_FIRST_MS;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly api: Api,
    private readonly scenarioId: string,
    revision: number,
    private readonly store: UnsavedStore | null,
    private readonly events: QueueEvents,
    private readonly lang?: 'nb' | 'en',
  ) {
    this.revision = revision;
  }

  /** Takes what storage kept for this scenario: edits made on `revision` (the store's current one) are returned
   *  to be applied on screen and then resumed; edits made on an older revision are verified first (the store may
   *  have saved them and lost only the answer; see `verified`); edits made on a newer one become held. */
  restore(): UnsavedEdit[] {
    const record = this.store?.take(this.scenarioId) ?? null;
    if (!record) return [];
    this.held = record.held;
    if (record.revision === this.revision) return record.edits;
    if (record.revision < this.revision && record.edits.length > 0) {
      this.verifying = { base: record.revision, edits: record.edits, known: 0 };
      this.persist();
      this.report();
      return [];
    }
    this.held = [...this.held, ...record.edits];
    this.persist();
    this.report();
    return [];
  }

  /** Queue an edit already applied on screen. Storage and network come after the paint (see afterPaint). */
  push(edit: QueuedEdit): void {
    this.tasks.push({ kind: 'edit', edit });
    this.report();
    afterPaint(() => {
      // Disposed meanwhile: it wrote what was unsaved then; a later write would overwrite the next queue's record.
      if (this.stopped) return;
      this.persist();
      this.kick();
    });
  }

  /** Resume edits restored from storage (already applied on screen by the owner). */
  resume(edits: QueuedEdit[]): void {
    for (const edit of edits) this.tasks.push({ kind: 'edit', edit });
    this.persist();
    this.report();
    this.kick();
  }

  /** Undo or redo on the store, after the edits before it. */
  step(op: 'scenario.undo' | 'scenario.redo'): void {
    this.tasks.push({ kind: 'step', op });
    this.report();
    this.kick();
  }

  /** The last edit if it has not been sent yet (undo takes it back on screen without asking the store). */
  popUnsent(): QueuedEdit | null {
    const last = this.tasks.at(-1);
    if (!last || last.kind !== 'edit' || (this.sending && this.tasks.length === 1)) return null;
    this.tasks.pop();
    this.persist();
    this.report();
    return last.edit;
  }

  /** Take the held edits out (to re-apply them on screen and push them again, or to discard them). */
  takeHeld(): UnsavedEdit[] {
    const held = this.held;
    this.held = [];
    this.persist();
    this.report();
    return held;
  }

  retry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryDelay = RETRY_FIRST_MS;
    this.kick();
  }

  /** Write what is unsaved now (before the page goes away). */
  flush(): void {
    this.persist();
  }

  hasUnsaved(): boolean {
    return this.tasks.some((t) => t.kind === 'edit') || this.held.length > 0 || !!this.verifying;
  }

  status(): QueueStatus {
    const last = this.tasks.at(-1);
    return {
      lastLabel: last?.kind === 'edit' ? last.edit.label : undefined,
      unsaved: this.tasks.filter((t) => t.kind === 'edit').length + (this.verifying?.edits.length ?? 0),
      sending: this.sending,
      unreachable: this.unreachable,
      held: this.held.length,
      storageFailed: this.storageFailed,
    };
  }

  /** The revision the store has acknowledged: what the next edit is sent on. */
  get storeRevision(): number {
    return this.revision;
  }

  /** Something is on its way to the store, or kept edits are being checked: a colleague's change waits for the
   *  answer (it may make this edit stale, or follow it). */
  busy(): boolean {
    return this.sending || !!this.verifying;
  }

  /** The edits not yet sent, oldest first (none is in flight unless busy()). */
  unsent(): QueuedEdit[] {
    return this.tasks.flatMap((t) => (t.kind === 'edit' ? [t.edit] : []));
  }

  /** A colleague's change made `revision`, and the page has put its unsent edits on top of it: `next[i]` is
   *  unsent()[i] with its new inverse, sent on that revision, or null when it no longer applied (then it is held
   *  for the user). */
  rebase(revision: number, next: (QueuedEdit | null)[]): void {
    if (this.busy()) throw new Error('rebase while an edit is in flight');
    this.revision = revision;
    let i = 0;
    const dropped: UnsavedEdit[] = [];
    this.tasks = this.tasks.flatMap((t): Task[] => {
      if (t.kind !== 'edit') return [t];
      const e = next[i++];
      if (!e) dropped.push({ label: t.edit.label, patches: t.edit.patches });
      return e ? [{ kind: 'edit', edit: e }] : [];
    });
    this.held = [...this.held, ...dropped];
    this.persist();
    this.report();
    this.kick();
  }

  /** Stop sending (the workspace closed); what is unsaved stays in storage for the next time. */
  dispose(): void {
    this.persist();
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.heartbeat) clearInterval(this.heartbeat);
  }

  private report(): void {
    if (!this.stopped) this.events.status(this.status());
  }

  private persist(): void {
    if (!this.store) return;
    const queued = this.tasks.flatMap((t) => (t.kind === 'edit' ? [{ label: t.edit.label, patches: t.edit.patches }] : []));
    const edits = [...(this.verifying?.edits ?? []), ...queued];
    const held = this.held;
    try {
      // `revision` is what the edits to send build on; held edits stay held whatever the revision.
      this.store.write(this.scenarioId, { revision: this.verifying?.base ?? this.revision, edits, held });
      this.storageFailed = false;
    } catch {
      this.storageFailed = true;
    }
    // Other tabs take over a record whose tab has gone quiet: say we are here while something is unsaved.
    const unsaved = edits.length + held.length > 0;
    if (unsaved && !this.heartbeat && !this.stopped) this.heartbeat = setInterval(() => this.persist(), HEARTBEAT_MS);
    if (!unsaved && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  private kick(): void {
    if (this.sending || this.stopped || this.retryTimer) return;
    void this.run();
  }

  private async run(): Promise<void> {
    this.sending = true;
    this.report();
    try {
      while ((this.verifying || this.tasks.length > 0) && !this.stopped) {
        const task = this.tasks[0];
        try {
          if (this.verifying) {
            await this.verifyNext(this.verifying);
          } else if (task.kind === 'edit') {
            const res = await this.api.call('scenario.edit', {
              id: this.scenarioId,
              baseRevision: this.revision,
              label: task.edit.label,
              patches: task.edit.patches,
              lang: this.lang,
            });
            this.revision = res.revision;
            this.tasks.shift();
            this.persist();
            this.unreachable = null;
            this.retryDelay = RETRY_FIRST_MS;
            this.events.acknowledged(res);
          } else {
            const res = await this.api.call(task.op, { id: this.scenarioId, baseRevision: this.revision, lang: this.lang });
            this.revision = res.revision;
            this.tasks.shift();
            this.unreachable = null;
            this.events.stepped(res);
          }
        } catch (err) {
          if (this.stopped) return;
          if (err instanceof ApiError && NOT_DELIVERED.has(err.code)) {
            this.unreachable = err.code;
            // An undo or redo is not kept for later: it would act on whatever is on top by then.
            const steps = this.tasks.filter((t) => t.kind === 'step');
            if (steps.length > 0) {
              this.tasks = this.tasks.filter((t) => t.kind === 'edit');
              this.events.stepFailed(err);
            }
            this.retryTimer = setTimeout(() => {
              this.retryTimer = null;
              this.kick();
            }, this.retryDelay);
            this.retryDelay = Math.min(RETRY_MAX_MS, this.retryDelay * 2);
            return;
          }
          this.refuse(err);
          return;
        }
      }
    } finally {
      this.sending = false;
      this.report();
    }
  }

  /** Send the first edit not yet verified on the revision it was made on: acknowledged means the store has it (at
   *  `base` + 1 it can be nothing else); refused means it has not. Once `base` is the store's revision, the rest
   *  builds on what it has. */
  private async verifyNext(v: { base: number; edits: UnsavedEdit[]; known: number }): Promise<void> {
    const edit = v.edits[0];
    if (edit && v.base < this.revision) {
      try {
        const res = await this.api.call('scenario.edit', { id: this.scenarioId, baseRevision: v.base, label: edit.label, patches: edit.patches, lang: this.lang });
        if (res.revision !== v.base + 1) throw new ApiError('store.stale', { revision: res.revision, base: v.base });
        v.edits.shift();
        v.base++;
        v.known++;
        this.unreachable = null;
        this.persist();
        if (v.edits.length > 0) return;
      } catch (err) {
        if (err instanceof ApiError && NOT_DELIVERED.has(err.code)) throw err;
        // Not in the store: what was made on a version it no longer has waits for the user.
        this.held = [...this.held, ...v.edits];
        v.edits = [];
      }
    }
    this.verifying = null;
    const rest = v.base === this.revision ? v.edits : [];
    if (rest.length === 0) this.held = [...this.held, ...v.edits];
    this.persist();
    this.events.verified(v.known, rest);
  }

  /** The store said no: keep what was not refused for the user to decide on, and let the owner reload. */
  private refuse(err: unknown): void {
    const stale = err instanceof ApiError && err.code === 'store.stale';
    const rest = this.tasks.slice(stale ? 0 : 1).flatMap((t) => (t.kind === 'edit' ? [{ label: t.edit.label, patches: t.edit.patches }] : []));
    this.tasks = [];
    this.held = [...this.held, ...rest];
    this.unreachable = null;
    this.persist();
    this.events.refused(err instanceof ApiError ? err : new ApiError('api.unexpected', {}));
  }
}

/** Runs `fn` after the browser has painted the current frame (a frame callback, then a task), or after 100 ms when
 *  no frame comes (a hidden tab paints nothing). */
export function afterPaint(fn: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}
