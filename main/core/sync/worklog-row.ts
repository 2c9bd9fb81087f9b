import type { IssueColumns, WorklogRow } from '../worklogs/worklogs-port.js';
import type { IssueContext } from './hydrator.js';

export interface RowInput {
  instanceId: string;
  source: 'jira' | 'tempo';
  sourceId: string;
  issueId: string;
  authorAccountId: string;
  authorName: string | null;
  /** The author's local day (Tempo's startDate; Jira's started in the author's zone). */
  localDate: string;
  /** Jira path only: the author's zone was hidden and localDate is the reader's day. */
  dayFromReaderZone?: boolean;
  started: string;
  seconds: number;
  comment: string | null;
  sourceUpdated: string | null;
  raw: unknown;
  syncedAt: string;
}

/** What hydration knows of a worklog's issue, parent and epic, as the row's columns (also rewritten by the issue refresh). */
export const issueColumns = (c: IssueContext): IssueColumns => ({
  issue_key: c.issue?.key ?? null,
  issue_summary: c.issue?.summary ?? null,
  issue_type: c.issue?.typeName ?? null,
  project_key: c.issue?.projectKey ?? null,
  project_name: c.issue?.projectName ?? null,
  parent_key: c.parent?.key ?? null,
  parent_summary: c.parent?.summary ?? null,
  epic_key: c.epic?.key ?? null,
  epic_summary: c.epic?.summary ?? null,
});

/** The denormalised row: the worklog plus what hydration knows of its issue, parent and epic. */
export function worklogRow(w: RowInput, c: IssueContext): WorklogRow {
  return {
    instance_id: w.instanceId,
    source: w.source,
    source_id: w.sourceId,
    issue_id: w.issueId,
    ...issueColumns(c),
    author_account_id: w.authorAccountId,
    author_name: w.authorName,
    local_date: w.localDate,
    day_from_reader_zone: w.dayFromReaderZone ? 1 : 0,
    started: w.started,
    seconds: w.seconds,
    comment: w.comment,
    source_updated: w.sourceUpdated,
    raw: JSON.stringify(w.raw ?? null),
    synced_at: w.syncedAt,
  };
}
