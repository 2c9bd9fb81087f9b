/**
 * The Timesheet page's calls to main outside its store (the grid itself loads in
 * timesheet-store.ts): one thin, typed function each, so components never name a channel.
 */
import type { SyncSummary } from '../../../../shared/domain/sync';
import type { WorklogView } from '../../../../shared/domain/worklog';
import { call, on } from '../../api';

/** Every worklog behind one cell: one person's, on one day, over the sites the grid shows. */
export const readCellWorklogs = (date: string, accountId: string, instanceIds?: string[]): Promise<WorklogView[]> =>
  call('explorer.rows', { query: { from: date, to: date, authorAccountIds: [accountId], ...(instanceIds ? { instanceIds } : {}) }, limit: 1000 });

/** New worklogs or leaves change the grid: the page reloads after every sync. */
export const onSyncFinished = (listener: (summary: SyncSummary) => void): (() => void) => on('sync.finished', listener);
