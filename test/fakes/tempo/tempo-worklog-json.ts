import type { FakeWorklog } from '../world.js';
import { localDate } from '../world.js';
import type { TempoWorklogJson } from './tempo-state.js';

/** `2026-11-03T23:45:00.000+1345` → `2026-11-03T10:00:00.000Z`: the offset written as `+13:45` so Date can read it. */
export function startedToUtc(started: string): string {
  const ms = Date.parse(started.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(ms)) throw new Error(`fake Tempo: unreadable started '${started}'`);
  return new Date(ms).toISOString();
}

/**
 * Records created before Tempo stored UTC start times lack `startDateTimeUtc`; about one in twenty
 * fake records (chosen by id, so the same ones every run) leave it out like them.
 */
export const hasNoUtcStart = (w: Pick<FakeWorklog, 'tempoId'>): boolean => w.tempoId % 20 === 3;

/**
 * A world worklog as Tempo v4 answers it: the issue by id only and the author by accountId only
 * (no key, no name), local `startDate` + `startTime`, billable = spent.
 */
export function toTempoWorklogJson(w: FakeWorklog, tempoBaseUrl: string, jiraUrl: string): TempoWorklogJson {
  const self = `${tempoBaseUrl}/4/worklogs/${w.tempoId}`;
  return {
    self,
    tempoWorklogId: w.tempoId,
    issue: { self: `${jiraUrl}/rest/api/2/issue/${w.issueId}`, id: Number(w.issueId) },
    timeSpentSeconds: w.timeSpentSeconds,
    billableSeconds: w.timeSpentSeconds,
    startDate: localDate(w),
    startTime: w.started.slice(11, 19),
    ...(hasNoUtcStart(w) ? {} : { startDateTimeUtc: startedToUtc(w.started) }),
    description: w.comment,
    createdAt: new Date(w.created).toISOString(),
    updatedAt: new Date(w.updated).toISOString(),
    author: { self: `${jiraUrl}/rest/api/2/user?accountId=${encodeURIComponent(w.authorAccountId)}`, accountId: w.authorAccountId },
    attributes: { self: `${self}/work-attribute-values`, values: [] },
  };
}
