/**
 * The Sync page's own calls to main (running a sync and its progress live in stores/sync-store.ts):
 * one thin, typed function per channel, so components never name a channel.
 */
import { call } from '../../api';

/** Deletes every cached worklog from this computer (Jira and Tempo are untouched); answers how many. */
export const clearWorklogCache = (): Promise<{ deleted: number }> => call('sync.clearCache');

/** Deletes the cached worklogs dated in a range, of one site or all (`null`); answers how many. */
export const deleteWorklogs = (range: { from: string; to: string }, instanceId: string | null): Promise<{ deleted: number }> =>
  call('worklogs.deleteRange', { from: range.from, to: range.to, instanceId });
