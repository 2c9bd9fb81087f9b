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
  /** The author's local date the work was logged for (YYYY-MM-DD). */
  date: string;
  /**
   * The author's time zone is hidden in Jira (privacy), so `date` is the day in the zone of the
   * account that synced (the reader's); shown as "day in your time zone".
   */
  dayFromReaderZone: boolean;
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
