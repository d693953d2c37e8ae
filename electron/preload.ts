// The preload: exposes one function per API operation through contextBridge, a way to hear menu commands, and a
// way to ask the main process for the commands it runs (native dialogs). ipcRenderer itself never reaches the
// page. Bundled (sandboxed preloads may only require 'electron').
import { contextBridge, ipcRenderer } from 'electron';
import { opNames } from '../shared/api/ops';

const ops: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const op of opNames) ops[op] = (input: unknown) => ipcRenderer.invoke(`api:${op}`, input);

contextBridge.exposeInMainWorld('handlingsrom', {
  ops,
  onCommand(listener: (command: string, arg?: unknown) => void) {
    const handler = (_event: unknown, command: string, arg?: unknown) => listener(command, arg);
    ipcRenderer.on('command', handler);
    return () => ipcRenderer.removeListener('command', handler);
  },
  shellCommand(id: string): Promise<void> {
    return ipcRenderer.invoke('shell:command', id);
  },
});
