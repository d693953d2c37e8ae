// The preload: exposes one function per operation of the page's back end (shared/api/calls.ts) through
// contextBridge, a way to hear menu commands and the back end's live changes, and a way to ask the main process for
// the commands it runs (native dialogs). ipcRenderer itself never reaches the page. Bundled (sandboxed preloads may
// only require 'electron').
import { contextBridge, ipcRenderer } from 'electron';
import { callNames } from '../shared/api/calls';

const ops: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const op of callNames) ops[op] = (input: unknown) => ipcRenderer.invoke(`api:${op}`, input);

contextBridge.exposeInMainWorld('handlingsrom', {
  ops,
  onCommand(listener: (command: string, arg?: unknown) => void) {
    const handler = (_event: unknown, command: string, arg?: unknown) => listener(command, arg);
    ipcRenderer.on('command', handler);
    return () => ipcRenderer.removeListener('command', handler);
  },
  onLive(listener: (change: unknown) => void) {
    const handler = (_event: unknown, change: unknown) => listener(change);
    ipcRenderer.on('live', handler);
    return () => ipcRenderer.removeListener('live', handler);
  },
  shellCommand(id: string): Promise<void> {
    return ipcRenderer.invoke('shell:command', id);
  },
});
