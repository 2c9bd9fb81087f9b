import { randomUUID } from 'node:crypto';
import type { AppCore } from '../../../main/core/app-core.js';
import { createAppCore } from '../../../main/core/app-core.js';
import type { WorklogView } from '../../../shared/domain/worklog.js';
import type { InstanceView } from '../../../shared/domain/instance.js';
import { listWorklogs } from '../../../main/core/worklogs/worklog-query.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { FakeIssue, FakeWorld } from '../../fakes/world.js';
import { authorHidesZone, generateWorld, jiraPathDay, localDate } from '../../fakes/world.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { dispatchValue } from '../../helpers/dispatch-value.js';

export const RANGE = { from: '2026-11-01', to: '2026-11-30' };
export const LEAD = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Team Lead', email: 'lead@example.com' };

/**
 * A generated world served by a fake Jira and a fake Tempo, a fresh data folder, and two
 * instances over it: "jira-only" (Jira path) and "with-tempo" (Tempo path).
 */
export async function startSyncWorld(options: { worklogs?: number; issues?: number; users?: number; seed?: number; worldFrom?: string; worldTo?: string } = {}) {
  const world = generateWorld({ seed: options.seed ?? 7, users: options.users ?? 8, issues: options.issues ?? 90, worklogs: options.worklogs ?? 500, from: options.worldFrom ?? '2026-10-28', to: options.worldTo ?? '2026-12-03' });
  const jiraToken = `ATATT-sync-${randomUUID()}`;
  const tempoToken = `tempo-sync-${randomUUID()}`;
  const jira = await startFakeJira({ users: [{ ...LEAD, token: jiraToken }], world, changeFeedDelayMs: 0 });
  const tempo = await startFakeTempo({ tokens: [tempoToken], world, jiraUrl: jira.url, pageLimit: 120 });
  const tmp = makeTempDir('wd-sync-');
  const fastRetry = { jira: { requestsPerSecond: 200, maxConcurrent: 6 }, tempo: { requestsPerSecond: 200, maxConcurrent: 4 } };
  let core: AppCore = createAppCore({ host: 'cli', dataDir: tmp.dir, httpLimits: fastRetry, retry: { baseDelayMs: 5, maxDelayMs: 40 } });

  const call = <T,>(channel: string, input: unknown): Promise<T> => dispatchValue<T>((c, i) => core.dispatch(c, i), channel, input);
  const jiraOnly = await call<InstanceView>('instances.add', { name: 'jira-only', url: jira.url, email: LEAD.email, jiraToken });
  const withTempo = await call<InstanceView>('instances.add', { name: 'with-tempo', url: jira.url, email: LEAD.email, jiraToken, tempoToken, tempoBaseUrl: tempo.url });

  return {
    world,
    jira,
    tempo,
    dataDir: tmp.dir,
    jiraToken,
    tempoToken,
    instances: { jiraOnly, withTempo },
    get core() {
      return core;
    },
    call,
    /** Reopens the core (e.g. after a child process wrote to the same folder). */
    reopen() {
      core.close();
      core = createAppCore({ host: 'cli', dataDir: tmp.dir, httpLimits: fastRetry, retry: { baseDelayMs: 5, maxDelayMs: 40 } });
    },
    stored(instanceId: string): WorklogView[] {
      return listWorklogs(core.db, { ...RANGE, instanceIds: [instanceId] });
    },
    async close() {
      core.close();
      await Promise.all([jira.close(), tempo.close()]);
      tmp.cleanup();
    },
  };
}

export type SyncWorld = Awaited<ReturnType<typeof startSyncWorld>>;

/**
 * What a correct sync must have stored for one path, computed straight from the world: each
 * worklog on its author's day (Tempo's startDate; Jira's started in the author's zone) — except on
 * the Jira path for an author hiding their zone, where it is the reader's day, flagged.
 */
export function expectedRows(world: FakeWorld, source: 'jira' | 'tempo', range = RANGE): string[] {
  const byId = new Map(world.issues.map((i) => [i.id, i]));
  const epicOf = (issue: FakeIssue | undefined): FakeIssue | undefined => {
    for (let n = issue, d = 0; n && d < 8; n = n.parentId ? byId.get(n.parentId) : undefined, d++) if (n.type.hierarchyLevel >= 1) return n;
    return undefined;
  };
  const names = new Map(world.users.map((u) => [u.accountId, u.displayName]));
  const dayOf = (w: FakeWorld['worklogs'][number]): string => (source === 'jira' ? jiraPathDay(world, w) : localDate(w));
  return world.worklogs
    .filter((w) => dayOf(w) >= range.from && dayOf(w) <= range.to)
    .map((w) => {
      const issue = byId.get(w.issueId);
      const parent = issue?.parentId ? byId.get(issue.parentId) : undefined;
      return rowKey({
        sourceId: source === 'tempo' ? String(w.tempoId) : w.id,
        date: dayOf(w),
        dayFromReaderZone: source === 'jira' && authorHidesZone(world, w),
        seconds: w.timeSpentSeconds,
        authorAccountId: w.authorAccountId,
        authorName: names.get(w.authorAccountId) ?? null,
        issueKey: issue?.key ?? null,
        issueSummary: issue?.summary ?? null,
        parentKey: parent?.key ?? null,
        epicKey: epicOf(issue)?.key ?? null,
        epicName: epicOf(issue)?.summary ?? null,
      });
    })
    .sort();
}

export function rowKey(r: Pick<WorklogView, 'sourceId' | 'date' | 'dayFromReaderZone' | 'seconds' | 'authorAccountId' | 'authorName' | 'issueKey' | 'issueSummary' | 'parentKey' | 'epicKey' | 'epicName'>): string {
  return JSON.stringify([r.sourceId, r.date, r.dayFromReaderZone, r.seconds, r.authorAccountId, r.authorName, r.issueKey, r.issueSummary, r.parentKey, r.epicKey, r.epicName]);
}

export const storedRows = (rows: WorklogView[]): string[] => rows.map(rowKey).sort();
