// The preload: exposes one function per API operation through contextBridge, and a way to hear menu commands.
// ipcRenderer itself never reaches the page. Bundled (sandboxed preloads may only require 'electron').
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
});
