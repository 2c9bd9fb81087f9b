import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncWorld } from './sync-world.js';
import { RANGE, expectedRows, startSyncWorld, storedRows } from './sync-world.js';

const CHILD = path.resolve('test/fixtures/sync-process.ts');

describe('a sync process killed with SIGKILL mid-run', () => {
  let w: SyncWorld;
  beforeEach(async () => {
    w = await startSyncWorld({ worklogs: 800 });
  });
  afterEach(async () => {
    await w.close();
  });

  it('leaves integrity_check ok, its run marked interrupted, and the next sync exact', async () => {
    // Slow pages so the kill lands between writes of a run in progress.
    w.jira.faults.inject({ kind: 'delay', ms: 60 }, { times: Infinity });
    w.tempo.faults.inject({ kind: 'delay', ms: 60 }, { times: Infinity });
    w.core.close();
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, w.dataDir, RANGE.from, RANGE.to], { stdio: ['ignore', 'pipe', 'pipe'] });
    let pagesWritten = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const killed = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.stdout.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n').filter(Boolean)) {
        const p = JSON.parse(line) as { phase?: string; done?: number };
        if (p.phase === 'worklogs' && (p.done ?? 0) > 0) pagesWritten++;
        if (pagesWritten === 3) child.kill('SIGKILL');
      }
    });
    expect(await killed, `child ended on its own after ${pagesWritten} pages: ${stderr}`).toBe('SIGKILL');

    w.jira.faults.clear();
    w.tempo.faults.clear();
    // What the killed process left, read before the app opens the folder again.
    const raw = new Database(path.join(w.dataDir, 'worklog-desk.sqlite'));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const leftRunning = raw.prepare("SELECT id FROM sync_runs WHERE status = 'running'").all() as Array<{ id: number }>;
    raw.close();
    expect(leftRunning.length, `no run was left 'running' (killed after ${pagesWritten} pages)`).toBeGreaterThan(0);

    // Opening the folder closes them as interrupted (their process is gone).
    w.reopen();
    expect(w.core.services.sync.history().filter((h) => h.status === 'running')).toEqual([]);

    const summary = await w.core.services.sync.run(RANGE);
    expect(summary.ok).toBe(true);
    expect(storedRows(w.stored(w.instances.jiraOnly.id))).toEqual(expectedRows(w.world, 'jira'));
    expect(storedRows(w.stored(w.instances.withTempo.id))).toEqual(expectedRows(w.world, 'tempo'));
    // The killed run is closed as failed with a plain message, not left 'running' forever.
    const history = w.core.services.sync.history();
    expect(history.filter((h) => h.status === 'running')).toEqual([]);
    expect(history.find((h) => leftRunning.some((l) => l.id === h.id))).toMatchObject({ status: 'failed', error: { message: expect.stringMatching(/interrupted/) } });
  });
});
