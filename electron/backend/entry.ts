// The back end's process (Electron's utilityProcess): messages from the main process go to the back end, and its
// answers go back. Bundled to dist/electron/backend.cjs; it loads no Electron module.
import { createBackend } from './backend';
import type { ToBackend } from './protocol';

interface ParentPort {
  on(event: 'message', listener: (event: { data: ToBackend }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('backend.cjs runs as an Electron utilityProcess');
const port = parentPort;
const backend = createBackend((message) => port.postMessage(message));
// Calls are answered in the order they came, as the store expects (one transaction per user action).
let queue = Promise.resolve();
port.on('message', ({ data }) => {
  queue = queue.then(() => backend.receive(data));
});
process.on('exit', () => backend.close());
