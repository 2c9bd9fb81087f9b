/**
 * The Worklogs page's calls to main: one thin, typed function per channel, so components and hooks
 * never name a channel themselves (docs/architecture.md, "Renderer").
 */
import type { ChannelInput } from '../../../../shared/contract';
import type { ExplorerFacets, ExplorerResult, ExplorerFilter } from '../../../../shared/domain/explorer';
import type { ExportProgress, ExportResult } from '../../../../shared/domain/export';
import type { SyncSummary } from '../../../../shared/domain/sync';
import type { WorklogView } from '../../../../shared/domain/worklog';
import { call, on } from '../../api';

/** Groups and totals for a filter. */
export const queryWorklogs = (input: ChannelInput<'explorer.query'>): Promise<ExplorerResult> => call('explorer.query', input);

/** One page of rows, in the given order. */
export const readWorklogRows = (input: ChannelInput<'explorer.rows'>): Promise<WorklogView[]> => call('explorer.rows', input);

/** How many rows a filter matches. */
export const countWorklogs = async (filter: ExplorerFilter): Promise<number> => (await call('explorer.count', filter)).count;

/** The filter bar's choices (sites, projects, epics, people) in a range. */
export const readFacets = (input: ChannelInput<'explorer.facets'>): Promise<ExplorerFacets> => call('explorer.facets', input);

/** Writes the rows on show to a CSV/XLSX file (a save dialog on the desktop, a download in the browser). */
export const exportWorklogs = (input: ChannelInput<'explorer.export'>): Promise<ExportResult> => call('explorer.export', input);

/** Shows an exported file in the system's file manager. */
export const showInFolder = (path: string): Promise<{ shown: boolean }> => call('shell.showItemInFolder', { path });

/** Follows an export's progress; returns the unsubscribe function. */
export const onExportProgress = (listener: (p: ExportProgress) => void): (() => void) => on('explorer.exportProgress', listener);

/** Hears every finished sync; returns the unsubscribe function. */
export const onSyncFinished = (listener: (summary: SyncSummary) => void): (() => void) => on('sync.finished', listener);
