// The preload: exposes one function per API operation through contextBridge. ipcRenderer itself never reaches
// the page. Bundled (sandboxed preloads may only require 'electron').
import { contextBridge, ipcRenderer } from 'electron';
import { opNames } from '../shared/api/ops';

const ops: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const op of opNames) ops[op] = (input: unknown) => ipcRenderer.invoke(`api:${op}`, input);

contextBridge.exposeInMainWorld('handlingsrom', { ops });
