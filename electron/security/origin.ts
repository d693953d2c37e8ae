// The renderer is served from a privileged custom scheme rather than file://, so its origin is fixed and
// every IPC sender and navigation can be checked against it.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'handlingsrom';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

// Node's URL gives origin "null" for schemes it does not know, so compare scheme and host rather than origin.
function isOurs(u: URL): boolean {
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

export function isTrustedUrl(url: string): boolean {
  try {
    return isOurs(new URL(url));
  } catch {
    return false;
  }
}

/** The file inside rendererDir an app:// URL names, or null when it is outside the folder or not ours. */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isOurs(parsed)) return null;
  let rel: string;
  try {
    // A malformed escape (`app://handlingsrom/%`) must not throw out of the protocol handler.
    rel = decodeURIComponent(parsed.pathname === '/' ? '/index.html' : parsed.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const file = path.normalize(path.join(rendererDir, rel));
  return file.startsWith(path.normalize(rendererDir) + path.sep) ? file : null;
}
