import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/core/store/open-database.js';
import type { FakeFactorial } from '../../fakes/fake-factorial.js';
import { generateFactorialWorld, startFakeFactorial } from '../../fakes/fake-factorial.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld, localDate } from '../../fakes/world.js';
import { filesContaining, listFiles } from '../../helpers/grep-folder.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { createCliRunner } from '../cli/cli-process.js';
import { seedWorld } from './leaves-kit.js';

const KEY = `fk_${randomBytes(24).toString('base64url')}`;
const FROM = '2026-11-01';
const TO = '2026-11-30';
const RANGE = ['--from', FROM, '--to', TO];

describe('factorial, leaves and hours commands (spawned CLI)', () => {
  const tmp = makeTempDir('wd-leaves-cli-');
  const cli = createCliRunner(tmp.dir);
  let fake: FakeFactorial;
  let world: FakeWorld;

  beforeAll(async () => {
    world = generateWorld({ seed: 5, users: 6, worklogs: 120, from: FROM, to: TO });
    const db = openDatabase(tmp.dir);
    seedWorld(db, world);
    db.close();
    fake = await startFakeFactorial({ apiKeys: [KEY], ...generateFactorialWorld(world.users, { from: FROM, to: TO, leaves: 30 }), pageLimit: 5 });
  });
  afterAll(async () => {
    await fake.close();
    tmp.cleanup();
  });

  it('saves the key after checking it, refuses a wrong one, and shows the config without the key', async () => {
    const wrong = await cli.run(['factorial', 'config', '--token-stdin', '--url', fake.url], { stdin: 'fk_wrong_key_0000000000000000\n' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^error: .*Factorial API key/);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);

    const ok = await cli.run(['factorial', 'config', '--token-stdin', '--url', fake.url, '--json'], { stdin: `${KEY}\n` });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ baseUrl: fake.url, apiKeySaved: true, employees: fake.state.employees.length });

    const show = await cli.run(['factorial', 'config', '--json']);
    expect(JSON.parse(show.stdout)).toMatchObject({ baseUrl: fake.url, apiKeySaved: true });
  });

  it('maps everyone automatically, then one person by hand', async () => {
    const auto = await cli.run(['factorial', 'map', '--json']);
    expect(auto.code, auto.stderr).toBe(0);
    const people = JSON.parse(auto.stdout) as Array<{ accountId: string; employeeId: number | null; how: string | null }>;
    expect(people.map((p) => p.accountId).sort()).toEqual(world.users.map((u) => u.accountId).sort());
    expect(people.every((p) => 'employeeId' in p)).toBe(true);
    expect(people.some((p) => p.employeeId !== null && p.how === 'auto')).toBe(true);
    const unmapped = people.find((p) => p.employeeId === null);
    if (!unmapped) throw new Error('expected someone unmapped');

    const manual = await cli.run(['factorial', 'map', '--user', unmapped.accountId, '--employee', '5000', '--json']);
    expect(manual.code, manual.stderr).toBe(0);
    expect(JSON.parse(manual.stdout)).toMatchObject({ accountId: unmapped.accountId, employeeId: 5000, how: 'manual' });

    const human = await cli.run(['factorial', 'map']);
    expect(human.stdout).toMatch(/NAME\s+ACCOUNT\s+EMAIL\s+EMPLOYEE/);
    expect(human.stdout).toMatch(/manual/);

    const bad = await cli.run(['factorial', 'map', '--employee', '12']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: Say whom/);
  });

  it('syncs leaves, lists them and reports hours as JSON', async () => {
    const sync = await cli.run(['factorial', 'sync', ...RANGE, '--json']);
    expect(sync.code, sync.stderr).toBe(0);
    const result = JSON.parse(sync.stdout) as { counts: Record<string, number>; requests: number; runId: string };
    const live = fake.state.leaves.filter((l) => l.deleted_at === null && l.finish_on >= FROM && l.start_on <= TO);
    expect(result.counts).toMatchObject({ inserted: live.length, updated: 0, deleted: 0 });
    expect(result.requests).toBeGreaterThan(1);

    const leaves = await cli.run(['leaves', ...RANGE, '--json']);
    const list = JSON.parse(leaves.stdout) as Array<Record<string, unknown>>;
    expect(list).toHaveLength(live.length);
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['accountId', 'approved', 'employeeId', 'employeeName', 'from', 'halfDay', 'id', 'to', 'type']);

    const hours = await cli.run(['hours', ...RANGE, '--json']);
    expect(hours.code, hours.stderr).toBe(0);
    const report = JSON.parse(hours.stdout) as Array<{ accountId: string; name: string; expectedSeconds: number; loggedSeconds: number; leaveSeconds: number }>;
    expect(report).toHaveLength(world.users.length);
    for (const p of report) {
      expect(Object.keys(p).sort()).toEqual(['accountId', 'expectedSeconds', 'leaveSeconds', 'loggedSeconds', 'name']);
      const logged = world.worklogs.filter((w) => w.authorAccountId === p.accountId && localDate(w) >= FROM && localDate(w) <= TO).reduce((s, w) => s + w.timeSpentSeconds, 0);
      expect(p.loggedSeconds).toBe(logged);
      expect(p.expectedSeconds + p.leaveSeconds).toBe(21 * 8 * 3600);
    }

    const table = await cli.run(['hours', ...RANGE]);
    expect(table.stdout).toMatch(/PERSON\s+EXPECTED H\s+LOGGED H/);
    const usage = await cli.run(['hours', '--from', FROM]);
    expect(usage.code).toBe(2);
  });

  it('never shows or stores the API key', () => {
    expect(listFiles(tmp.dir).length).toBeGreaterThan(0);
    expect(filesContaining(tmp.dir, KEY)).toEqual([]);
    for (const run of cli.transcript) {
      expect(run.stdout).not.toContain(KEY);
      expect(run.stderr).not.toContain(KEY);
    }
  });
});
