// A patch that does not fit the document. `code` is an i18n key (shared/i18n/store.ts), params fill it.

export type PatchErrorCode =
  | 'patch.notFound'
  | 'patch.forbiddenKey'
  | 'patch.notContainer'
  | 'patch.badIndex'
  | 'patch.idMismatch'
  | 'patch.duplicateId'
  | 'patch.badOp';

export class PatchError extends Error {
  readonly code: PatchErrorCode;
  readonly params: Record<string, string | number>;
  constructor(code: PatchErrorCode, params: Record<string, string | number> = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'PatchError';
    this.code = code;
    this.params = params;
  }
}
