import type { z } from 'zod';
import type { ChannelName, ChannelResult, ParsedInput } from '../../shared/contract.js';
import { CHANNEL_NAMES, channels } from '../../shared/contract.js';
import type { Result } from '../../shared/errors.js';
import { AppError, toWireError } from './errors.js';
import type { Logger } from './ports.js';

export type Handlers = { [K in ChannelName]: (input: ParsedInput<K>) => Promise<ChannelResult<K>> };

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name);
}

/** One plain sentence out of zod's issues: the first problem, with the field it is about. */
export function validationMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request was not valid.';
  const field = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${field}${issue.message}`;
}

/**
 * The single entry for every transport (IPC, browser host, CLI): unknown channel → forbidden,
 * input checked against the contract's schema, errors turned into `{code, message}` — never thrown
 * across the boundary, never carrying a stack or a secret.
 */
export async function dispatch(handlers: Handlers, channel: unknown, rawInput: unknown, log?: Logger): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, error: { code: 'forbidden', message: `Unknown request "${String(channel).slice(0, 80)}".` } };
  }
  const parsed = channels[channel].input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) {
    return { ok: false, error: { code: 'validation', message: validationMessage(parsed.error) } };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    const wire = toWireError(e);
    if (!(e instanceof AppError) || wire.code === 'internal') {
      log?.error('request failed', { channel, error: e, stack: e instanceof Error ? e.stack : undefined });
    } else {
      log?.info('request refused', { channel, code: wire.code, message: wire.message, detail: e.detail });
    }
    return { ok: false, error: wire };
  }
}
