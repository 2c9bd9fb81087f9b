import { AppError } from '../errors.js';
import type { JiraCall } from './jira-call.js';

/** What the endpoint functions get: the bound call, and the instance name for their own messages. */
export interface JiraApi {
  name: string;
  call: JiraCall;
}

/**
 * A paged answer whose cursor does not move (same token, same `since`): asking again would loop
 * forever, so the listing stops with an error instead of hanging a sync.
 */
export function stuckPagingError(api: JiraApi, what: string, detail: string): AppError {
  return new AppError(
    'bad_response',
    `Jira for '${api.name}' kept answering with the same page while listing ${what}: stopped to avoid looping forever — try again later, and send the log file (Help → Open log folder) to the developers if it keeps happening.`,
    { detail },
  );
}

export function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
