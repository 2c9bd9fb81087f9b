import type { SourceIssue } from '../sync-sources.js';
import type { Db } from '../store/open-database.js';

interface IssueRow {
  issue_id: string;
  issue_key: string;
  summary: string;
  type_name: string;
  hierarchy_level: number;
  project_key: string;
  project_name: string;
  parent_id: string | null;
}

const toIssue = (r: IssueRow): SourceIssue => ({
  id: r.issue_id,
  key: r.issue_key,
  summary: r.summary,
  typeName: r.type_name,
  hierarchyLevel: r.hierarchy_level,
  projectKey: r.project_key,
  projectName: r.project_name,
  parentId: r.parent_id,
});

/** The hydration cache of one database: issues and users per instance, kept across syncs. */
export function jiraCacheRepo(db: Db) {
  const putIssue = db.prepare(`
    INSERT INTO jira_issues (instance_id, issue_id, issue_key, summary, type_name, hierarchy_level, project_key, project_name, parent_id, fetched_at)
    VALUES (@instance_id, @id, @key, @summary, @typeName, @hierarchyLevel, @projectKey, @projectName, @parentId, @fetched_at)
    ON CONFLICT (instance_id, issue_id) DO UPDATE SET issue_key = excluded.issue_key, summary = excluded.summary,
      type_name = excluded.type_name, hierarchy_level = excluded.hierarchy_level, project_key = excluded.project_key,
      project_name = excluded.project_name, parent_id = excluded.parent_id, fetched_at = excluded.fetched_at`);
  const getIssue = db.prepare<[string, string], IssueRow>('SELECT * FROM jira_issues WHERE instance_id = ? AND issue_id = ?');
  const putUser = db.prepare(`
    INSERT INTO jira_users (instance_id, account_id, display_name, email, active, fetched_at)
    VALUES (@instance_id, @accountId, @displayName, @email, @active, @fetched_at)
    ON CONFLICT (instance_id, account_id) DO UPDATE SET display_name = excluded.display_name,
      email = coalesce(excluded.email, jira_users.email), active = excluded.active, fetched_at = excluded.fetched_at`);
  const getUser = db.prepare<[string, string], { display_name: string }>('SELECT display_name FROM jira_users WHERE instance_id = ? AND account_id = ?');

  // One transaction per batch: with synchronous=FULL every autocommit costs an fsync.
  const putIssues = db.transaction((instanceId: string, issues: SourceIssue[], fetchedAt: string) => {
    for (const i of issues) putIssue.run({ ...i, instance_id: instanceId, fetched_at: fetchedAt });
  });
  const putUsers = db.transaction((instanceId: string, users: Array<{ accountId: string; displayName: string; email: string | null; active: boolean }>, fetchedAt: string) => {
    for (const u of users) putUser.run({ ...u, active: u.active ? 1 : 0, instance_id: instanceId, fetched_at: fetchedAt });
  });

  return {
    putIssues(instanceId: string, issues: SourceIssue[], fetchedAt: string): void {
      putIssues(instanceId, issues, fetchedAt);
    },
    getIssue(instanceId: string, issueId: string): SourceIssue | undefined {
      const r = getIssue.get(instanceId, issueId);
      return r ? toIssue(r) : undefined;
    },
    putUsers(instanceId: string, users: Array<{ accountId: string; displayName: string; email: string | null; active: boolean }>, fetchedAt: string): void {
      putUsers(instanceId, users, fetchedAt);
    },
    userName(instanceId: string, accountId: string): string | undefined {
      return getUser.get(instanceId, accountId)?.display_name;
    },
  };
}

export type JiraCacheRepo = ReturnType<typeof jiraCacheRepo>;
