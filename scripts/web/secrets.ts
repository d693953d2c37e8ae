// The web mode's secrets (login key, API token, session) kept per port in the data folder, readable by the user
// only, like the database beside them. A server restarted on the same folder and port takes them up again, so a
// page left open keeps its session and sends the edits it kept while the server was away; the printed address
// stays the same. Anyone who can read this file can read the database anyway.
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../electron/store/privacy';
import { freshSecrets, type AuthSecrets } from './auth';

export const SECRETS_FILE = 'web-session.json';

function isSecrets(v: unknown): v is AuthSecrets {
  const s = v as AuthSecrets;
  return !!s && [s.key, s.token, s.session].every((x) => typeof x === 'string' && /^[0-9a-f]{48}$/.test(x));
}

function read(file: string): Record<string, unknown> {
  try {
    const v = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** For `startWebServer`'s secretsFor: the secrets kept for a port, or new ones, written before they are used.
 *  Port 0 asks for any free port, so each start gets another port and new secrets. */
export function keptSecrets(dataDir: string): (port: number) => AuthSecrets {
  return (port) => {
    const file = path.join(dataDir, SECRETS_FILE);
    const all = read(file);
    const kept = all[String(port)];
    if (isSecrets(kept)) return kept;
    const fresh = freshSecrets();
    ensurePrivateDir(dataDir);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ ...all, [port]: fresh }), { mode: PRIVATE_FILE_MODE });
    fs.renameSync(tmp, file);
    return fresh;
  };
}
