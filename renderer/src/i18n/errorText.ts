import { ApiError } from '../../../shared/api/errors';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A failure as a sentence in the user's language. */
export function errorText(err: unknown, t: Translate): string {
  if (err instanceof ApiError) return t(err.code, err.params);
  return t('api.transport', { detail: err instanceof Error ? err.message : String(err) });
}
