import type { SyncSummary } from '../../../shared/domain/sync.js';
import type { StartedApp } from './start-app.js';

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

/** Starts a sync of `range` over rpc and resolves with its summary; fails the test when the sync fails. */
export async function syncAndWait(app: StartedApp, range: { from: string; to: string; full?: boolean }): Promise<SyncSummary> {
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
