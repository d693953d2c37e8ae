import { ApiError } from '../../../shared/api/errors';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A failure as a sentence in the user's language. Anything that is not an ApiError (a browser's "Failed to
 *  fetch", a bug) gets a general text that says what to do; its English detail goes to the console only. */
export function errorText(err: unknown, t: Translate): string {
  if (err instanceof ApiError) return t(err.code, err.params);
  console.warn(err);
  return t('api.unexpected');
}
