// The admin's account calls (shared/api/accounts.ts), answered by the team server itself.
import type { AccountInput, AccountOpName, AccountOutput } from '../../../shared/api/accounts';
import { ApiError, type Envelope } from '../../../shared/api/errors';
import { UNREACHABLE } from '../api/transport';

export async function accountCall<K extends AccountOpName>(token: string, op: K, input: AccountInput<K>): Promise<AccountOutput<K>> {
  let res: Response;
  try {
    res = await fetch(`./api/${op}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Handlingsrom-Token': token },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiError(UNREACHABLE, {});
  }
  const env = (await res.json().catch(() => ({ ok: false, error: { code: 'api.httpStatus', params: { status: res.status } } }))) as Envelope<AccountOutput<K>>;
  if (!env.ok) throw new ApiError(env.error.code, env.error.params);
  return env.value;
}
