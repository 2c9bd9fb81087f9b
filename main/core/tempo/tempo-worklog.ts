import type { TempoWorklog } from '../sync-sources.js';
import type { TempoWorklogRecord } from './tempo-schemas.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "HH:mm:ss", or null when Tempo gave no usable time. Real answers carry "HH:mm:ss"; the spec's own
 * example is a number of seconds since midnight, so that form is converted rather than rejected.
 */
export function normalizeStartTime(value: string | number | null | undefined): string | null {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value >= 24 * 3600) return null;
    return `${pad(Math.floor(value / 3600))}:${pad(Math.floor((value % 3600) / 60))}:${pad(value % 60)}`;
  }
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value ?? '');
  if (!m) return null;
  return `${m[1]}:${m[2]}:${m[3] ?? '00'}`;
}

/** A v4 worklog in the engine's terms; `raw` is the record as received, unknown fields included. */
export function toTempoWorklog(record: TempoWorklogRecord): TempoWorklog {
  return {
    tempoWorklogId: record.tempoWorklogId,
    issueId: String(record.issue.id),
    authorAccountId: record.author.accountId,
    startDate: record.startDate,
    startTime: normalizeStartTime(record.startTime),
    startDateTimeUtc: record.startDateTimeUtc || null,
    timeSpentSeconds: record.timeSpentSeconds,
    // An empty description is no description, like an empty Jira comment.
    description: record.description || null,
    updatedAt: record.updatedAt || null,
    raw: record,
  };
}
