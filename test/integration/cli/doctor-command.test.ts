import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../main/core/data-dir.js';
import type { DoctorReport } from '../../../shared/domain/doctor.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { createCliRunner } from './cli-process.js';

/** `cli doctor` in its own process, as a user (or a support ticket) runs it. */
const TOKEN = `ATATT3x-cli-doctor-${randomUUID()}`;
const ZOE = { accountId: 'acc-zoe', displayName: 'Zoë', email: 'zoe@example.com', token: TOKEN };

let jira: Awaited<ReturnType<typeof startFakeJira>>;
const tmp = makeTempDir('wd-cli-doctor-');
const cli = createCliRunner(tmp.dir);

beforeAll(async () => {
  jira = await startFakeJira({ users: [ZOE] });
  const added = await cli.run(['instance', 'add', '--name', 'alpha', '--url', jira.url, '--email', ZOE.email, '--token-stdin'], { stdin: `${TOKEN}\n` });
  expect(added.code, added.stderr).toBe(0);
});

afterAll(async () => {
  await jira.close();
  tmp.cleanup();
  // Every run, whatever it printed: never the token.
  for (const run of cli.transcript) expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
});

describe('cli doctor', () => {
  it('explains every check in words and exits 0 when none failed', async () => {
    const run = await cli.run(['doctor']);
    const out = run.stdout;
    expect(out).toMatch(/^\[ok\] {3}Keychain: .*present and unlocked/m);
    expect(out).toMatch(/^\[ok\] {3}Data folder: writable: /m);
    expect(out).toMatch(/^\[ok\] {3}Database: integrity: /m);
    expect(out).toMatch(/^\[ok\] {3}alpha: token: Signed in as Zoë\./m);
    expect(out).toMatch(/^\[ok\] {3}alpha: clock: /m);
    // Only the Electron build may legitimately fail (a machine with the Electron binary but no `npm start` yet).
    const electronFailed = /^\[FAIL\] Native modules for Electron/m.test(out);
    expect(out.match(/^\[FAIL\]/gm)?.length ?? 0).toBe(electronFailed ? 1 : 0);
    expect(run.code).toBe(electronFailed ? 1 : 0);
    if (!electronFailed) expect(out.trimEnd().split('\n').at(-1)).toBe('Everything Worklog Desk needs is in order.');
  });

  it('--json prints one document for a support ticket: the same verdicts, no token', async () => {
    const run = await cli.run(['doctor', '--json']);
    const report = JSON.parse(run.stdout) as DoctorReport;
    expect(report.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['keychain', 'native.node', 'native.electron', 'data.writable', 'data.space', 'data.schema', 'data.integrity']));
    expect(report.checks.filter((c) => c.id.startsWith('instance.')).map((c) => c.title)).toEqual(['alpha: reachable', 'alpha: token', 'alpha: clock']);
    expect(run.code).toBe(report.ok ? 0 : 1);
  });

  it('without a session bus, fails the keychain check in plain words and exits 1', async () => {
    const run = await cli.run(['doctor', '--json'], { env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' } });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as DoctorReport;
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.id === 'keychain')).toMatchObject({ status: 'fail', detail: expect.stringMatching(/^Worklog Desk can't use the system keychain: there is no desktop session bus \(D-Bus\)\./) });
    // The token is in the keychain it can't reach: the instance says so instead of crashing.
    expect(report.checks.find((c) => c.id.endsWith('.token'))?.status).toBe('fail');
    expect(run.stderr).toMatch(/^error: doctor: \d checks? failed \(Keychain/m);
  });

  it("still checks everything else when the database won't open", async () => {
    const broken = makeTempDir('wd-cli-doctor-broken-');
    fs.writeFileSync(path.join(broken.dir, DATABASE_FILE), 'this is not SQLite');
    const run = await cli.run(['doctor'], { dataDir: broken.dir });
    broken.cleanup();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^\[FAIL\] Data folder: .*is not a readable Worklog Desk database \(SQLITE_NOTADB\)\. Move it aside/m);
    expect(run.stdout).toMatch(/^\[ok\] {3}Keychain: /m);
    expect(run.stdout).toMatch(/^\[info\] Instances: Not checked: the database could not be opened\./m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
