/** A stored worklog as the CLI (`worklogs --json`) and the explorer see it. */
export interface WorklogView {
  instance: string;
  instanceId: string;
  source: 'jira' | 'tempo';
  /** Tempo worklog id when synced from Tempo, else the Jira worklog id. */
  sourceId: string;
  issueId: string;
  issueKey: string | null;
  issueSummary: string | null;
  issueType: string | null;
  projectKey: string | null;
  projectName: string | null;
  authorAccountId: string;
  authorName: string | null;
  /** The local date the work was logged for (YYYY-MM-DD). */
  date: string;
  started: string;
  seconds: number;
  comment: string | null;
  parentKey: string | null;
  parentName: string | null;
  epicKey: string | null;
  epicName: string | null;
}

export interface WorklogFilter {
  from: string;
  to: string;
  instanceIds?: string[];
  authorAccountIds?: string[];
}
