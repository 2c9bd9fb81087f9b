import type { InstanceView } from '../../../shared/domain/instance.js';
import { presetRange } from '../../../shared/domain/dates.js';
import type { SyncSummary } from '../../../shared/domain/sync.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld } from '../../fakes/world.js';
import type { StartedApp } from './start-app.js';
import { JIRA_USER, TEMPO_TOKEN } from './start-app.js';
import { browserToday } from './sync-world.js';

export interface WorklogsWorld {
  world: FakeWorld;
  thisMonth: { from: string; to: string };
  lastMonth: { from: string; to: string };
  acme: InstanceView;
  globex: InstanceView;
  close(): Promise<void>;
}

/**
 * Waits for the `sync.finished` event of one run on the browser host's event stream (the same
 * stream the page listens to). Subscribe before starting the run, so the event can't be missed.
 */
export async function listenForSyncFinished(app: StartedApp, timeoutMs = 60_000): Promise<{ finished(runId: string): Promise<SyncSummary>; stop(): void }> {
  const controller = new AbortController();
  const res = await fetch(`${app.origin}/events?token=${encodeURIComponent(app.token)}`, { signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`The event stream answered ${res.status}.`);
  const seen = new Map<string, SyncSummary>();
  const waiters = new Map<string, (s: SyncSummary) => void>();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = message
            .split('\n')
            .filter((l) => l.startsWith('data: '))
            .map((l) => l.slice(6))
            .join('\n');
          if (!data) continue;
          const { event, payload } = JSON.parse(data) as { event: string; payload: SyncSummary };
          if (event !== 'sync.finished') continue;
          seen.set(payload.runId, payload);
          waiters.get(payload.runId)?.(payload);
        }
      }
    } catch {
      // Aborted by stop().
    }
  })();
  return {
    finished: (runId) =>
      new Promise<SyncSummary>((resolve, reject) => {
        const already = seen.get(runId);
        if (already) return resolve(already);
        const timer = setTimeout(() => reject(new Error(`No sync.finished for run ${runId} within ${timeoutMs} ms.`)), timeoutMs);
        waiters.set(runId, (s) => {
          clearTimeout(timer);
          resolve(s);
        });
      }),
    stop: () => controller.abort(),
  };
}

/** Starts a sync over rpc and resolves when main reports it finished (and it went well). */
export async function syncRange(app: StartedApp, range: { from: string; to: string }): Promise<SyncSummary> {
  const events = await listenForSyncFinished(app);
  try {
    const r = await app.rpc<{ runId: string }>('sync.start', range);
    if (!r.ok) throw new Error(`sync.start failed: ${r.error.message}`);
    const summary = await events.finished(r.value.runId);
    if (!summary.ok) throw new Error(`The sync of ${range.from}..${range.to} failed: ${JSON.stringify(summary.runs.map((x) => x.error))}`);
    return summary;
  } finally {
    events.stop();
  }
}

/**
 * ~600 worklogs over last month and this month (epics and issues without one, accented and
 * emoji names), two instances on separate fake Jira sites (Acme with Tempo, Globex Jira only),
 * both months synced.
 */
export async function startWorklogsWorld(app: StartedApp): Promise<WorklogsWorld> {
  const today = browserToday();
  const thisMonth = presetRange('this-month', today);
  const lastMonth = presetRange('last-month', today);
  const world = generateWorld({ seed: 7311, users: 12, issues: 70, worklogs: 600, from: lastMonth.from, to: thisMonth.to });
  const acmeJira: FakeJira = await startFakeJira({ users: [JIRA_USER], world, changeFeedDelayMs: 0 });
  const globexJira: FakeJira = await startFakeJira({ users: [JIRA_USER], world, changeFeedDelayMs: 0 });
  const tempo: FakeTempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], world, jiraUrl: acmeJira.url });

  const add = async (input: Record<string, unknown>): Promise<InstanceView> => {
    const r = await app.rpc<InstanceView>('instances.add', input);
    if (!r.ok) throw new Error(`instances.add failed: ${r.error.message}`);
    return r.value;
  };
  const acme = await add({ name: 'Acme', url: acmeJira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token, tempoToken: TEMPO_TOKEN, tempoBaseUrl: tempo.url });
  const globex = await add({ name: 'Globex', url: globexJira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token });
  await syncRange(app, thisMonth);
  await syncRange(app, lastMonth);

  return {
    world,
    thisMonth,
    lastMonth,
    acme,
    globex,
    close: async () => {
      await Promise.all([acmeJira.close(), globexJira.close(), tempo.close()]);
    },
  };
}
