import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../main/core/app-core.js';
import { createAppCore } from '../../../main/core/app-core.js';
import { checkFreeSpace, checkIntegrity } from '../../../main/core/doctor/check-data-folder.js';
import { checkKeychain } from '../../../main/core/doctor/check-keychain.js';
import type { SecretStore } from '../../../main/core/ports.js';
import { createKeytarSecretStore } from '../../../main/core/secrets/keytar-secret-store.js';
import { jiraTokenKey } from '../../../main/core/secrets/secret-keys.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';
import type { DoctorCheck, DoctorReport } from '../../../shared/domain/doctor.js';
import type { InstanceView } from '../../../shared/domain/instance.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { filesContaining } from '../../helpers/grep-folder.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

/** Real SQLite, the real keychain (scripts/with-keyring.sh), fake Jira sites on 127.0.0.1. */
const token = () => `ATATT3x-doctor-${randomUUID()}`;
const user = (t: string) => ({ accountId: `acc-${randomUUID()}`, displayName: 'Zoë Ðoctor 🩺', email: 'zoe@example.com', token: t });

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function world(options: { now?: () => number } = {}) {
  const jiraToken = token();
  const jira = await startFakeJira({ users: [user(jiraToken)], ...(options.now ? { now: options.now } : {}) });
  const tmp = makeTempDir('wd-doctor-');
  // A checkout with Node's real native modules and no Electron: the native checks' verdicts then
  // don't depend on whether this machine happens to have downloaded Electron.
  const checkout = makeTempDir('wd-doctor-checkout-');
  const appRoot = checkout.dir;
  fs.mkdirSync(path.join(appRoot, 'node_modules'));
  for (const m of ['better-sqlite3', 'keytar']) fs.symlinkSync(path.resolve('node_modules', m), path.join(appRoot, 'node_modules', m), 'junction');
  const core = createAppCore({ host: 'cli', dataDir: tmp.dir, retry: { maxAttempts: 1 }, appRoot });
  cleanups.push(() => tmp.cleanup(), () => checkout.cleanup(), () => core.close(), () => jira.close());
  return { jira, jiraToken, tmp, core };
}

async function call<T>(core: AppCore, channel: string, input: unknown = {}): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

const byId = (report: DoctorReport, id: string): DoctorCheck | undefined => report.checks.find((c) => c.id === id);

describe('doctor.run', () => {
  it('passes on a healthy setup and explains each check, without a token anywhere', async () => {
    const { jira, jiraToken, core, tmp } = await world();
    const alpha = await call<InstanceView>(core, 'instances.add', { name: 'alpha', url: jira.url, email: 'zoe@example.com', jiraToken });
    const report = await call<DoctorReport>(core, 'doctor.run');

    expect(report.ok).toBe(true);
    expect(byId(report, 'keychain')).toMatchObject({ status: 'pass', detail: expect.stringMatching(/present and unlocked/) });
    expect(byId(report, 'native.node')).toMatchObject({ status: 'pass', detail: expect.stringContaining(`ABI ${process.versions.modules}`) });
    expect(byId(report, 'native.electron')).toMatchObject({ status: 'info', detail: 'Electron is not installed here; the command line and the browser host do not need it.' });
    for (const id of ['data.writable', 'data.space', 'data.schema', 'data.integrity']) expect(byId(report, id)?.status, id).toBe('pass');
    expect(byId(report, 'data.schema')?.detail).toBe(`Schema ${MIGRATIONS.length}, the one this version of Worklog Desk writes.`);
    expect(byId(report, `instance.${alpha.id}.reach`)).toMatchObject({ status: 'pass', title: 'alpha: reachable' });
    expect(byId(report, `instance.${alpha.id}.token`)).toMatchObject({ status: 'pass', detail: expect.stringContaining('Zoë Ðoctor 🩺') });
    expect(byId(report, `instance.${alpha.id}.clock`)).toMatchObject({ status: 'pass', detail: expect.stringMatching(/agrees with alpha's/) });
    // The clock probe carries no credentials; only the token check does.
    const probes = jira.requests.filter((r) => r.path === '/rest/api/3/serverInfo');
    expect(probes).toHaveLength(1);
    expect(probes[0]?.auth).toBe('none');
    expect(JSON.stringify(report)).not.toContain(jiraToken);
    expect(filesContaining(tmp.dir, jiraToken)).toEqual([]);
  });

  it('the keychain probe removes the test entry it saved', async () => {
    const keychain = createKeytarSecretStore();
    const saved: string[] = [];
    const recording: SecretStore = { get: (k) => keychain.get(k), delete: (k) => keychain.delete(k), set: (k, v) => (saved.push(k), keychain.set(k, v)) };
    expect(await checkKeychain(recording)).toMatchObject({ id: 'keychain', status: 'pass' });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/^doctor-probe-/);
    // Gone from the real keychain, not only from the probe's own view of it.
    expect(await keychain.get(saved[0] ?? '')).toBeNull();
  });

  it("fails the clock check when Jira's Date header is minutes away from this computer's clock", async () => {
    const { jira, jiraToken, core } = await world({ now: () => Date.now() + 7 * 60_000 });
    const alpha = await call<InstanceView>(core, 'instances.add', { name: 'alpha', url: jira.url, email: 'zoe@example.com', jiraToken });
    const report = await call<DoctorReport>(core, 'doctor.run');
    expect(report.ok).toBe(false);
    expect(byId(report, `instance.${alpha.id}.clock`)).toEqual({
      id: `instance.${alpha.id}.clock`,
      title: 'alpha: clock',
      status: 'fail',
      detail: `This computer's clock is 7 minutes behind alpha's. Worklog times and "changed since" syncs rely on it: turn on automatic date and time.`,
    });
    expect(byId(report, `instance.${alpha.id}.token`)?.status).toBe('pass');
  });

  it('names an unreachable instance, skips its token and clock, and still checks the others', async () => {
    const { jira, jiraToken, core } = await world();
    const betaToken = token();
    const beta = await startFakeJira({ users: [user(betaToken)] });
    const a = await call<InstanceView>(core, 'instances.add', { name: 'alpha', url: jira.url, email: 'zoe@example.com', jiraToken });
    const b = await call<InstanceView>(core, 'instances.add', { name: 'beta', url: beta.url, email: 'zoe@example.com', jiraToken: betaToken });
    await beta.close();

    const report = await call<DoctorReport>(core, 'doctor.run');
    expect(report.ok).toBe(false);
    expect(byId(report, `instance.${b.id}.reach`)).toMatchObject({
      status: 'fail',
      detail: `Can't reach beta at ${beta.url}: nothing answers there (connection refused). Check the address in Settings, your network, VPN or proxy.`,
    });
    expect(byId(report, `instance.${b.id}.token`)).toMatchObject({ status: 'info', detail: 'Not checked: the site could not be reached.' });
    expect(byId(report, `instance.${a.id}.token`)?.status).toBe('pass');
    expect(report.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual([`instance.${b.id}.reach`]);
  });

  it('explains a token Jira no longer accepts', async () => {
    const { jira, jiraToken, core } = await world();
    const alpha = await call<InstanceView>(core, 'instances.add', { name: 'alpha', url: jira.url, email: 'zoe@example.com', jiraToken });
    const revoked = `revoked-${randomUUID()}`;
    await createKeytarSecretStore().set(jiraTokenKey(alpha.id), revoked);
    const report = await call<DoctorReport>(core, 'doctor.run');
    const check = byId(report, `instance.${alpha.id}.token`);
    expect(check?.status).toBe('fail');
    expect(check?.detail).toMatch(/token/i);
    expect(JSON.stringify(report)).not.toContain(revoked);
  });
});

describe('data folder checks on real files', () => {
  it('reports too little free space in megabytes, with what to do', () => {
    const tmp = makeTempDir('wd-doctor-space-');
    cleanups.push(() => tmp.cleanup());
    const check = checkFreeSpace(tmp.dir, Number.MAX_SAFE_INTEGER);
    expect(check.status).toBe('fail');
    expect(check.detail).toMatch(/^Only [\d.]+ (MB|GB) free on the disk of .*Free some space\.$/);
  });

  it("reports what SQLite's integrity_check finds in a damaged database", () => {
    const tmp = makeTempDir('wd-doctor-integrity-');
    cleanups.push(() => tmp.cleanup());
    const db = openDatabase(tmp.dir, { file: 'scratch.sqlite' });
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t(v);');
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 3000; i += 1) insert.run(`value-${i}`);
    })();
    expect(checkIntegrity(db).status).toBe('pass');
    db.pragma('wal_checkpoint(TRUNCATE)');
    // Scramble the last page (an index page): the table still opens, the index no longer matches it.
    const file = path.join(tmp.dir, 'scratch.sqlite');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, bytes.length - pageSize + 100, bytes.length - 100);
    fs.writeFileSync(file, bytes);
    const damaged = openDatabase(tmp.dir, { file: 'scratch.sqlite', readonly: true });
    const check = checkIntegrity(damaged);
    damaged.close();
    expect(check.status).toBe('fail');
    expect(check.detail).toMatch(/^SQLite found (at least 20 problems|\d+ problems?) in .*scratch\.sqlite \(first: .+\)\. Close the app, copy the data folder/);
  });
});
