import type { SourceIssue, SourceWorklog } from '../sync-sources.js';
import { adfToText } from './adf-to-text.js';
import type { JiraIssue, JiraWorklog } from './jira-sync-schemas.js';

/** Jira's worklog in the engine's terms; `raw` is the record exactly as received. */
export function toSourceWorklog(w: JiraWorklog): SourceWorklog {
  return {
    id: String(w.id),
    issueId: String(w.issueId),
    author: { accountId: w.author.accountId, displayName: w.author.displayName ?? null, email: w.author.emailAddress?.trim() || null, timeZone: w.author.timeZone?.trim() || null },
    started: w.started,
    timeSpentSeconds: w.timeSpentSeconds,
    comment: adfToText(w.comment),
    updated: w.updated ?? null,
    raw: w,
  };
}

export function toSourceIssue(i: JiraIssue): SourceIssue {
  const type = i.fields.issuetype;
  return {
    id: String(i.id),
    key: i.key,
    summary: i.fields.summary,
    typeName: type.name,
    // Old types may lack hierarchyLevel; only sub-tasks sit below the standard level then.
    hierarchyLevel: type.hierarchyLevel ?? (type.subtask === true ? -1 : 0),
    projectKey: i.fields.project.key,
    projectName: i.fields.project.name,
    parentId: i.fields.parent ? String(i.fields.parent.id) : null,
  };
}
