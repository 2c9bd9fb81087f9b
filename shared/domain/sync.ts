/** Sync history and progress as the renderer and CLI see them. */
export interface SyncCounts {
  fetched: number;
  inserted: number;
  updated: number;
  deleted: number;
}

export interface SyncRunView {
  id: number;
  runId: string;
  kind: 'worklogs' | 'leaves';
  instanceId: string | null;
  instanceName: string;
  /** 'tempo' | 'jira' | 'factorial' */
  source: string;
  from: string;
  to: string;
  startedAt: string;
  endedAt: string | null;
  status: 'running' | 'ok' | 'failed' | 'cancelled';
  counts: SyncCounts;
  /** Issues re-read because Jira reported their details changed (renamed, re-parented, moved). */
  issuesRefreshed: number;
  requests: number;
  error: { code: string; message: string } | null;
}

export type SyncPhase = 'starting' | 'worklogs' | 'details' | 'people' | 'cleanup' | 'done';

export interface SyncProgress {
  runId: string;
  instanceId: string;
  instanceName: string;
  phase: SyncPhase;
  /** Items done in this phase and the total when known (Jira search pages have no total). */
  done: number;
  total: number | null;
  status: SyncRunView['status'];
  message: string | null;
}

export interface SyncSummary {
  runId: string;
  from: string;
  to: string;
  ok: boolean;
  runs: SyncRunView[];
}

export interface SyncStatus {
  running: boolean;
  runId: string | null;
  from: string | null;
  to: string | null;
  progress: SyncProgress[];
}
