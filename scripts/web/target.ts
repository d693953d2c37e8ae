// A request target taken apart without throwing: Node's `new URL(...)` and `decodeURIComponent` throw on
// targets such as `/%`, `//[::1` or `http://[`, and one uncaught throw in a request handler stops the server.
export interface Target {
  /** The percent-decoded path, always starting with "/". */
  path: string;
  query: URLSearchParams;
}

/** The path and query of an origin-form target (`/a/b?x=1`), or null for anything else or anything malformed. */
export function parseTarget(raw: string | undefined): Target | null {
  if (!raw || raw[0] !== '/' || raw.startsWith('//')) return null;
  const q = raw.indexOf('?');
  const rawPath = q < 0 ? raw : raw.slice(0, q);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // A NUL or a backslash has no business in a path of ours (Windows would read the backslash as a separator).
  if (path.includes('\0') || path.includes('\\')) return null;
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  } catch {
    return null;
  }
  return { path, query };
}
