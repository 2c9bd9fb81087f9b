import type { FakeIssue, FakeIssueType, FakeProject, FakeWorklog } from '../world.js';
import type { FakePerson } from './jira-world-index.js';
import { jiraDateTime, jiraDuration } from './jira-time.js';
import { startedForReader } from './jira-zone.js';

/** JSON bodies shaped like Jira Cloud's (platform spec examples), built from the world. */

const avatarUrls = (seed: string): Record<string, string> => {
  const url = (size: number): string => `https://avatar-management.example/initials/${encodeURIComponent(seed.slice(0, 2))}.png?size=${size}`;
  return { '16x16': url(16), '24x24': url(24), '32x32': url(32), '48x48': url(48) };
};

/** [User] / [UserDetails]; `emailAddress` is left out when the person hides it, like Jira. */
export function userJson(base: string, p: FakePerson | undefined, accountId: string): Record<string, unknown> {
  if (!p) {
    // An account Jira no longer knows (deleted, anonymised): it still appears on old worklogs.
    return { self: `${base}/rest/api/3/user?accountId=${accountId}`, accountId, displayName: 'Former user', active: false, accountType: 'atlassian', avatarUrls: avatarUrls('FU') };
  }
  return {
    self: `${base}/rest/api/3/user?accountId=${p.accountId}`,
    accountId: p.accountId,
    accountType: 'atlassian',
    ...(p.email === null ? {} : { emailAddress: p.email }),
    avatarUrls: avatarUrls(p.displayName),
    displayName: p.displayName,
    active: p.active,
    ...(p.timeZone === null ? {} : { timeZone: p.timeZone }),
  };
}

/** A comment as Atlassian Document Format: one paragraph per line. */
export function adfDoc(text: string): Record<string, unknown> {
  return {
    type: 'doc',
    version: 1,
    content: text.split('\n').map((line) => ({ type: 'paragraph', content: line === '' ? [] : [{ type: 'text', text: line }] })),
  };
}

/**
 * [Worklog]: `started` in the reader's zone (not the author's, like Jira Cloud), the author's own
 * zone in `author.timeZone` unless hidden; created/updated in UTC; no `comment` when empty.
 */
export function worklogJson(base: string, w: FakeWorklog, person: (accountId: string) => FakePerson | undefined, readerZone: string): Record<string, unknown> {
  const author = userJson(base, person(w.authorAccountId), w.authorAccountId);
  return {
    self: `${base}/rest/api/3/issue/${w.issueId}/worklog/${w.id}`,
    author,
    updateAuthor: author,
    ...(w.comment === '' ? {} : { comment: adfDoc(w.comment) }),
    created: jiraDateTime(w.created),
    updated: jiraDateTime(w.updated),
    started: startedForReader(w.started, readerZone),
    timeSpent: jiraDuration(w.timeSpentSeconds),
    timeSpentSeconds: w.timeSpentSeconds,
    id: w.id,
    issueId: w.issueId,
  };
}

/** [IssueTypeDetails] as embedded in an issue. */
export function issueTypeJson(base: string, t: FakeIssueType): Record<string, unknown> {
  return {
    self: `${base}/rest/api/3/issuetype/${t.id}`,
    id: t.id,
    description: `${t.name} issue type`,
    iconUrl: `${base}/images/icons/issuetypes/${t.name.toLowerCase()}.svg`,
    name: t.name,
    subtask: t.subtask,
    avatarId: 10300 + Number(t.id.slice(-2)),
    hierarchyLevel: t.hierarchyLevel,
  };
}

export function projectJson(base: string, p: FakeProject): Record<string, unknown> {
  return {
    self: `${base}/rest/api/3/project/${p.id}`,
    id: p.id,
    key: p.key,
    name: p.name,
    projectTypeKey: 'software',
    simplified: false,
    avatarUrls: avatarUrls(p.key),
  };
}

/** The fields an issue has, by the names `fields=` selects. */
export const ISSUE_FIELDS = ['summary', 'issuetype', 'parent', 'project', 'worklog'] as const;
export type IssueField = (typeof ISSUE_FIELDS)[number];

/**
 * Which fields a `fields` parameter selects: comma lists (possibly repeated), `*all`/`*navigable`,
 * `-name` exclusions, `id`/`key` (always present anyway); unknown names are ignored, like Jira.
 */
export function selectFields(values: readonly string[], fallback: readonly IssueField[]): Set<IssueField> {
  const tokens = values.flatMap((v) => v.split(',')).map((t) => t.trim()).filter((t) => t !== '');
  if (tokens.length === 0) return new Set(fallback);
  const out = new Set<IssueField>();
  const known = (name: string): name is IssueField => (ISSUE_FIELDS as readonly string[]).includes(name);
  for (const t of tokens) {
    if (t === '*all' || t === '*navigable') ISSUE_FIELDS.forEach((f) => out.add(f));
    else if (known(t)) out.add(t);
  }
  for (const t of tokens) if (t.startsWith('-') && known(t.slice(1))) out.delete(t.slice(1) as IssueField);
  return out;
}

export interface IssueJsonDeps {
  base: string;
  issue: (id: string) => FakeIssue | undefined;
  project: (id: string) => FakeProject | undefined;
  worklogs: (issueId: string) => FakeWorklog[];
  person: (accountId: string) => FakePerson | undefined;
  embeddedWorklogs: number;
  /** The reading account's zone (FakeJiraState.readerZone). */
  readerZone: string;
}

/** [IssueBean] with only the selected fields; `id`, `key` and `self` always. */
export function issueJson(i: FakeIssue, fields: ReadonlySet<IssueField>, d: IssueJsonDeps): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (fields.has('summary')) out.summary = i.summary;
  if (fields.has('issuetype')) out.issuetype = issueTypeJson(d.base, i.type);
  if (fields.has('project')) {
    const p = d.project(i.projectId);
    if (p) out.project = projectJson(d.base, p);
  }
  if (fields.has('parent') && i.parentId !== null) {
    const parent = d.issue(i.parentId);
    if (parent) {
      out.parent = {
        id: parent.id,
        key: parent.key,
        self: `${d.base}/rest/api/3/issue/${parent.id}`,
        fields: { summary: parent.summary, issuetype: issueTypeJson(d.base, parent.type) },
      };
    }
  }
  if (fields.has('worklog')) {
    const all = d.worklogs(i.id);
    const shown = all.slice(0, d.embeddedWorklogs);
    out.worklog = { startAt: 0, maxResults: d.embeddedWorklogs, total: all.length, worklogs: shown.map((w) => worklogJson(d.base, w, d.person, d.readerZone)) };
  }
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: i.id,
    self: `${d.base}/rest/api/3/issue/${i.id}`,
    key: i.key,
    ...(Object.keys(out).length === 0 ? {} : { fields: out }),
  };
}
