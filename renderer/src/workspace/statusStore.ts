// The edit queue's status outside React state: an edit re-renders the header that shows it (useSyncExternalStore),
// not the whole workspace in the frame that is to show the edit.
import { useSyncExternalStore } from 'react';
import type { QueueStatus } from '../api/editQueue';

export const IDLE: QueueStatus = { unsaved: 0, sending: false, unreachable: null, held: 0, storageFailed: false };

export class StatusStore {
  private value: QueueStatus = IDLE;
  private readonly listeners = new Set<() => void>();

  readonly get = (): QueueStatus => this.value;

  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  };

  set(next: QueueStatus): void {
    this.value = next;
    for (const fn of this.listeners) fn();
  }
}

export function useQueueStatus(store: StatusStore): QueueStatus {
  return useSyncExternalStore(store.subscribe, store.get);
}
