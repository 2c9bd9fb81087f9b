import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../main/core/ports.js';
import { createPackagesService } from '../../../main/core/packages/packages-service.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { PackageView } from '../../../shared/domain/packages.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { createStore } from '../../fakes/jira/routes-create.js';
import { issuesOf, keysOf, usePackageWorld } from './package-world.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = path.join(ROOT, 'main', 'cli.ts');

const labelsOf = (jira: FakeJira): string[][] => jira.state.world.issues.map((i) => createStore(jira.state).details.get(i.id)?.labels ?? []);

/**
 * The real package runner in its own process (the CLI) is killed with SIGKILL once the fake Jira
 * has created the children of its bulk call and before the process could record them. A retry
 * must find those issues by the package's label and create nothing twice.
 */
describe('package retry after the creating process was killed', () => {
  const w = usePackageWorld();

  /** Runs `package create` in a child process and SIGKILLs it when the fake has created the children. */
  async function createAndKill(summary: string): Promise<{ signal: NodeJS.Signals | null }> {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'package', 'create', '--template', 'Onboarding', '--summary', summary, '--target', 'alpha:OPS'], {
      cwd: ROOT,
      env: { ...process.env, WORKLOG_DESK_DATA_DIR: w().dataDir, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<{ signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (_code, signal) => resolve({ signal })));
    createStore(w().alpha.state).afterBulkCreate = async () => {
      child.kill('SIGKILL');
      await exited;
    };
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const r = await exited;
    clearTimeout(timer);
    createStore(w().alpha.state).afterBulkCreate = null;
    expect(r.signal, stderr).toBe('SIGKILL');
    return r;
  }

  /** A claim by a process that died is taken over after 15 minutes: the retry happens later. */
  const later: Clock = { now: () => new Date(Date.now() + 16 * 60_000), sleep: (ms, signal) => systemClock.sleep(ms, signal) };
  const retryLater = (groupId: string) => createPackagesService({ db: w().core.db, http: w().core.http, instances: w().core.services.instances, log: w().core.log, clock: later }).retry(groupId);

  const killedPackage = (): PackageView => {
    const [p] = w().packages.history();
    if (!p) throw new Error('the killed process recorded no package');
    return p;
  };

  it('adopts the children Jira created but the dead process never recorded; one copy of each issue', async () => {
    await createAndKill('Crash');
    expect(issuesOf(w().alpha)).toEqual(['OPS-1 Crash', 'OPS-2 Laptop', 'OPS-3 Badge', 'OPS-4 Accounts "SSO" — élan']);
    const p = killedPackage();
    // The parent was recorded before the kill; none of the children were.
    expect(keysOf(p)).toEqual([['OPS-1', null, null, null]]);
    // Every issue carries the package's label.
    expect(labelsOf(w().alpha).map((l) => l.includes(`wd-${p.groupId}`))).toEqual([true, true, true, true]);

    const retried = await retryLater(p.groupId);
    expect(retried.status).toBe('ok');
    expect(keysOf(retried)).toEqual([['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']]);
    expect(issuesOf(w().alpha)).toHaveLength(4);
  });

  it('adopts them even after someone renamed one in Jira before the retry', async () => {
    await createAndKill('Crash, renamed');
    const laptop = w().alpha.state.world.issues.find((i) => i.summary === 'Laptop');
    if (laptop) laptop.summary = 'Laptop — MacBook Pro 14"';
    const p = killedPackage();

    const retried = await retryLater(p.groupId);
    expect(retried.status).toBe('ok');
    expect(retried.targets[0]?.children.map((c) => [c.name, c.issue?.key])).toEqual([
      ['Laptop', 'OPS-2'],
      ['Badge', 'OPS-3'],
      ['Accounts "SSO" — élan', 'OPS-4'],
    ]);
    // Exactly one copy of each issue: nothing was created again.
    expect(issuesOf(w().alpha)).toEqual(['OPS-1 Crash, renamed', 'OPS-2 Laptop — MacBook Pro 14"', 'OPS-3 Badge', 'OPS-4 Accounts "SSO" — élan']);
    const searches = w().alpha.requests.filter((r) => r.path === '/rest/api/3/search/jql').map((r) => r.query.jql);
    expect(searches).toContain(`project = "OPS" AND labels = "wd-${p.groupId}" ORDER BY created ASC`);
  });
});
