// The names of the laptop's team-server operations (sync.ts holds their schemas and types), with no dependencies,
// so the desktop's preload bundle can list them (calls.ts).
export const syncOpNames = ['sync.status', 'sync.connect', 'sync.disconnect', 'sync.remoteList', 'sync.fetch', 'sync.now', 'sync.conflicts', 'sync.resolve'] as const;
export type SyncOpName = (typeof syncOpNames)[number];

export function isSyncOpName(name: unknown): name is SyncOpName {
  return typeof name === 'string' && (syncOpNames as readonly string[]).includes(name);
}
