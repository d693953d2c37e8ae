// Test helper: the back end behind a real MessageChannel (structured clone, asynchronous), as the utilityProcess
// has it, with the main process's client on the other side.
import { MessageChannel } from 'node:worker_threads';
import { createBackend } from './backend';
import { BackendClient } from './client';
import type { FromBackend, ToBackend } from './protocol';

export function connectBackend() {
  const { port1, port2 } = new MessageChannel();
  const backend = createBackend((m) => port2.postMessage(m));
  // Calls are answered in the order they came, as entry.ts does.
  let queue = Promise.resolve();
  port2.on('message', (m: ToBackend) => (queue = queue.then(() => backend.receive(m))));
  const client = new BackendClient({ postMessage: (m) => port1.postMessage(m), onMessage: (listener) => port1.on('message', (m: FromBackend) => listener(m)) });
  return {
    client,
    close() {
      backend.close();
      port1.close();
      port2.close();
    },
  };
}
