import type { ChannelInput, ChannelName, ChannelResult } from '../../shared/contract.js';
import type { AppCore } from '../core/app-core.js';
import { CliError } from './cli-error.js';

/** What a command gets: the app's own core, and `call` for contract channels. */
export interface CoreSession {
  core: AppCore;
  /**
   * Goes through `core.dispatch`, so input is validated by the very schemas the app uses; a refused
   * request becomes a CliError carrying the service's user-facing message.
   */
  call<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelResult<K>>;
}

/**
 * Opens the core (database, keychain, logger) for one command and always closes the database
 * afterwards, whatever happens. The core is imported lazily: `--help`, usage errors and the token
 * guard never pay for SQLite, keytar and the HTTP stack.
 */
export async function withCore<T>(
  run: (session: CoreSession) => Promise<T>,
  options: { secrets?: ReadonlyArray<string | undefined> } = {},
): Promise<T> {
  const { createAppCore } = await import('../core/app-core.js');
  const { isAppError } = await import('../core/errors.js');
  let core: AppCore | undefined;
  try {
    core = createAppCore({ host: 'cli' });
    const opened = core;
    // Tokens read from stdin are known to the log redactor before any request is made, so even a
    // token the keychain never sees (a rejected one) can't end up in a log line.
    for (const secret of options.secrets ?? []) if (secret) opened.redactor.add(secret);
    const internal = (): CliError => new CliError(`Something went wrong inside Worklog Desk. Details are in the log: ${opened.log.file}`);
    const session: CoreSession = {
      core: opened,
      async call(channel, input) {
        const result = await opened.dispatch(channel, input);
        if (result.ok) return result.value as ChannelResult<typeof channel>;
        if (result.error.code === 'internal') throw internal();
        throw new CliError(result.error.message, { code: result.error.code });
      },
    };
    try {
      return await run(session);
    } catch (e) {
      if (e instanceof CliError || (isAppError(e) && e.code !== 'internal')) throw e;
      opened.log.error('cli command failed', { error: e, stack: e instanceof Error ? e.stack : undefined });
      throw internal();
    }
  } catch (e) {
    // AppError messages (locked database, missing keychain, unknown instance) are written for users.
    if (isAppError(e) && e.code !== 'internal') throw new CliError(e.message, { code: e.code });
    throw e;
  } finally {
    core?.close();
  }
}
