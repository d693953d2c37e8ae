// Who may see the page and call the API: the one thing the single-user web mode and the team server do differently.
// The server (server.ts) asks its Access on every request; the key login of the web mode is keyAccess (auth.ts), the
// accounts and sessions of the team server are teamAccess (scripts/server).
import type http from 'node:http';
import type { Role } from '../../shared/api/roles';
import type { Target } from './target';

/** Who is calling. A null role is the single user of the web mode, who may do everything. */
export interface Caller {
  accountId: string | null;
  name: string | null;
  role: Role | null;
}

export interface PageAnswer {
  status: number;
  html: string;
  /** Extra headers (a Set-Cookie). */
  headers?: Record<string, string>;
}

export interface Access {
  /** Requests this access answers itself (a login, a logout, the admin's account calls): true when it took it. */
  route(req: http.IncomingMessage, res: http.ServerResponse, target: Target): boolean;
  /** The answer to GET / : the page (`index` holds the built index.html) or why not. */
  page(req: http.IncomingMessage, index: string): PageAnswer;
  /** The caller of an API request, or null: refused before anything runs (403). A live stream (EventSource) can
   *  send no header of its own: it is checked by the session cookie alone, and only reads. */
  caller(req: http.IncomingMessage, opts?: { stream?: boolean }): Caller | null | Promise<Caller | null>;
}
