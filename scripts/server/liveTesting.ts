// A page's live stream for the tests (live.test.ts, relay.test.ts): opened like the page opens it, its events
// collected as they come.
import http from 'node:http';
import { LIVE_PATH } from '../web/server';

export interface LiveEvent {
  event: string;
  data: unknown;
}

/** Opens the stream of `scenario` for page `client` on the server at `origin`; `ready` once the server said so. */
export function liveStream(origin: string, cookie: string, scenario: string, client: string) {
  const events: LiveEvent[] = [];
  let req!: http.ClientRequest;
  const u = new URL(origin);
  const ready = new Promise<void>((resolve, reject) => {
    req = http.get({ host: u.hostname, port: u.port, path: `${LIVE_PATH}?scenario=${scenario}&client=${client}`, headers: { Host: u.host, Cookie: cookie } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
      let buf = '';
      res.on('data', (d: Buffer) => {
        buf += d.toString();
        let end: number;
        while ((end = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, end);
          buf = buf.slice(end + 2);
          const ev = /^event: (\w+)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (ev) events.push({ event: ev, data: data ? JSON.parse(data) : null });
          if (ev === 'ready') resolve();
        }
      });
    });
    req.on('error', reject);
  });
  return { events, ready, close: () => req.destroy() };
}
