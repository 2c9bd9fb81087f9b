import type { Result } from '../../shared/errors.js';

/**
 * Calls a channel through the contract (input validated as the renderer's would be) and returns its
 * value; a refusal becomes an Error carrying the wire error's message and `code`, so tests can
 * `rejects.toMatchObject({ code })`.
 */
export async function dispatchValue<T>(dispatch: (channel: string, input: unknown) => Promise<Result<unknown>>, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(channel, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}
