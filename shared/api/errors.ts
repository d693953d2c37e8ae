// Errors that cross the transport: a code (an i18n key) and its parameters, translated where they are shown.

export interface ApiErrorData {
  code: string;
  params: Record<string, string | number>;
}

export class ApiError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  constructor(code: string, params: Record<string, string | number> = {}) {
    super(code);
    this.name = 'ApiError';
    this.code = code;
    this.params = params;
  }
  toData(): ApiErrorData {
    return { code: this.code, params: this.params };
  }
}

/** What every transport returns: never a thrown error across the boundary. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };
