import { shiftDate } from '../../../shared/domain/dates.js';
import type { WorklogDay } from '../../../shared/domain/zoned-day.js';
import { worklogDay } from '../../../shared/domain/zoned-day.js';
import type { InstanceSyncContext } from './instance-sync.js';
import { throwIfAborted } from './instance-sync.js';
import type { JiraSyncClient, SearchIssue, SourceWorklog } from '../sync-sources.js';
import type { WorklogRow } from '../worklogs/worklogs-port.js';
import { worklogRow } from './worklog-row.js';

/** Jira embeds at most this many worklogs in a search hit; beyond it the list is partial. */
export const EMBEDDED_WORKLOG_LIMIT = 20;
const DAY_MS = 86_400_000;
/** Issues of one search page whose worklogs are paged at the same time (the host limiter caps the rest). */
const PARALLEL_ISSUES = 4;

/**
 * Days JQL's range is widened by on each side. JQL's worklogDate is judged in the reader's zone
 * and a worklog belongs to its author's day; zones span UTC−12 to UTC+14, so the two days can be
 * up to two apart (23:30 in Samoa's neighbour Niue is already the day after next in Kiribati).
 */
export const JQL_WIDEN_DAYS = 2;

/**
 * The search is widened (see JQL_WIDEN_DAYS) and every worklog is then kept only when its
 * author's day (authorDay) lies in the range — so one whose reader's day is outside but author's
 * day inside is found, and one whose reader's day is inside but author's day outside is not stored.
 */
export function jiraSearchWindow(from: string, to: string): { jql: string; startedAfterMs: number; startedBeforeMs: number } {
  const wideFrom = shiftDate(from, -JQL_WIDEN_DAYS);
  const wideTo = shiftDate(to, JQL_WIDEN_DAYS);
  return {
    jql: `worklogDate >= "${wideFrom}" AND worklogDate <= "${wideTo}" ORDER BY id ASC`,
    // Offsets reach −12 h / +14 h: a day of margin on each side covers every local date of the range.
    startedAfterMs: Date.parse(`${from}T00:00:00Z`) - DAY_MS,
    startedBeforeMs: Date.parse(`${to}T00:00:00Z`) + 2 * DAY_MS,
  };
}

/**
 * The author's day of a Jira worklog: `started` (rendered in the reader's zone) seen in
 * `author.timeZone`. Where the author hides the zone, user/bulk hides it too (the same privacy
 * setting), so no request could do better: the reader's day is kept and flagged. Null when
 * `started` is unreadable.
 */
export const authorDay = (w: SourceWorklog): WorklogDay | null => worklogDay(w.started, w.author.timeZone);

/** The worklog's author day when it lies in [from, to]; null otherwise. */
export function dayInRange(w: SourceWorklog, from: string, to: string): WorklogDay | null {
  const day = authorDay(w);
  return day && day.date >= from && day.date <= to ? day : null;
}

/** A Jira worklog as a stored row; the author's name comes with it and is cached for Tempo's sake. */
export function jiraWorklogRow(ctx: InstanceSyncContext, w: SourceWorklog, day: WorklogDay, syncedAt: string): WorklogRow {
  ctx.hydrator.rememberUser(w.author.accountId, w.author.displayName, w.author.email ?? null);
  return worklogRow(
    {
      instanceId: ctx.instanceId,
      source: 'jira',
      sourceId: w.id,
      issueId: w.issueId,
      authorAccountId: w.author.accountId,
      authorName: w.author.displayName ?? ctx.hydrator.userName(w.author.accountId),
      localDate: day.date,
      dayFromReaderZone: day.fromReaderZone,
      started: w.started,
      seconds: w.timeSpentSeconds,
      comment: w.comment,
      sourceUpdated: w.updated,
      raw: w.raw,
      syncedAt,
    },
    ctx.hydrator.context(w.issueId),
  );
}

async function worklogsOf(issue: SearchIssue, jira: JiraSyncClient, window: ReturnType<typeof jiraSearchWindow>, signal: AbortSignal): Promise<SourceWorklog[]> {
  const embedded = issue.worklog;
  if (embedded && embedded.total <= EMBEDDED_WORKLOG_LIMIT && embedded.worklogs.length >= embedded.total) return embedded.worklogs;
  const all: SourceWorklog[] = [];
  for await (const page of jira.issueWorklogs(issue.id, window.startedAfterMs, window.startedBeforeMs, signal)) all.push(...page);
  return all;
}

async function inPool<T, R>(items: T[], size: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return out;
}

/** Jira path: search pages by `nextPageToken` until the last, each page written with its cursor. */
export async function syncFromJira(ctx: InstanceSyncContext, jira: JiraSyncClient): Promise<void> {
  const window = jiraSearchWindow(ctx.from, ctx.to);
  let next: string | null = null;
  // Progress counts worklogs on every path, so the UI and CLI speak of one unit.
  let worklogsDone = 0;
  ctx.progress('worklogs', 0, null);
  do {
    const page = await jira.searchIssues(window.jql, next, ctx.signal);
    throwIfAborted(ctx.signal);
    ctx.hydrator.remember(page.items);
    ctx.progress('details', worklogsDone, null);
    await ctx.hydrator.ensureIssues(page.items.flatMap((i) => (i.parentId ? [i.parentId] : [])));
    const perIssue = await inPool(page.items, PARALLEL_ISSUES, (issue) => worklogsOf(issue, jira, window, ctx.signal));
    throwIfAborted(ctx.signal);

    const syncedAt = ctx.now();
    let fetched = 0;
    const rows = perIssue.flatMap((worklogs) => {
      fetched += worklogs.length;
      return worklogs.flatMap((w) => {
        const day = dayInRange(w, ctx.from, ctx.to);
        return day ? [jiraWorklogRow(ctx, w, day, syncedAt)] : [];
      });
    });
    next = page.next;
    ctx.writer.write(rows, fetched, { name: 'jira-search-next', value: next ?? '', at: syncedAt });
    worklogsDone += fetched;
    ctx.progress('worklogs', worklogsDone, next === null ? worklogsDone : null);
  } while (next !== null);
}
